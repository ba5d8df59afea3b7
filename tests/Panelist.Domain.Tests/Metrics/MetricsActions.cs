using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Metrics;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Tests.Support;

namespace Panelist.Domain.Tests.Metrics;

/// <summary>Domain operations at a chosen instant, through the services and by the role that does them, for the metrics tests.</summary>
public sealed class MetricsActions(DomainWorld world)
{
    private int _candidates = 1000;

    public async Task<Result<Interview>> RequestAsync(ClientEngagement client, DateTime at)
    {
        world.Clock.SetUtcNow(at);
        await using var scope = world.AsRecruiter(client.OrganizationId);
        return await scope.Get<InterviewService>().RequestAsync(client.EngagementId, DomainWorld.NewCandidate(++_candidates));
    }

    public async Task<Guid> RequestedAsync(ClientEngagement client, DateTime at) => ResultAssert.Succeeds(await RequestAsync(client, at)).Id;

    public async Task<Result<Interview>> ScheduleAsync(ClientEngagement client, Guid interviewId, DateTime at, DateTime start, TimeSpan? length = null)
    {
        world.Clock.SetUtcNow(at);
        await using var scope = world.AsRecruiter(client.OrganizationId);
        return await scope.Get<InterviewService>().ScheduleAsync(interviewId, client.AssignmentId, start, start + (length ?? DomainWorld.OneHour));
    }

    public async Task<Result<Interview>> CompleteAsync(ClientEngagement client, Guid interviewId, DateTime at)
    {
        world.Clock.SetUtcNow(at);
        await using var scope = world.AsRecruiter(client.OrganizationId);
        return await scope.Get<InterviewService>().CompleteAsync(interviewId);
    }

    public async Task<Result<Interview>> NoShowAsync(ClientEngagement client, Guid interviewId, bool candidateMissing, DateTime at)
    {
        world.Clock.SetUtcNow(at);
        await using var scope = world.AsRecruiter(client.OrganizationId);
        return await scope.Get<InterviewService>().MarkNoShowAsync(interviewId, candidateMissing);
    }

    public async Task<Result<Interview>> CancelAsync(ClientEngagement client, Guid interviewId, DateTime at)
    {
        world.Clock.SetUtcNow(at);
        await using var scope = world.AsRecruiter(client.OrganizationId);
        return await scope.Get<InterviewService>().CancelAsync(interviewId, "Candidate withdrew");
    }

    public async Task<Result<Scorecard>> SubmitAsync(ClientEngagement client, Guid interviewerId, Guid interviewId, Recommendation recommendation, DateTime at)
    {
        world.Clock.SetUtcNow(at);
        await using var scope = world.AsInterviewer(interviewerId, client.OrganizationId);
        return await scope.Get<ScorecardService>().SubmitAsync(interviewId, DomainWorld.Ratings(3, 3, recommendation));
    }

    public async Task<Result<Scorecard>> AmendAsync(ClientEngagement client, Guid interviewerId, Guid interviewId, Recommendation recommendation, DateTime at)
    {
        world.Clock.SetUtcNow(at);
        await using var scope = world.AsInterviewer(interviewerId, client.OrganizationId);
        return await scope.Get<ScorecardService>().AmendAsync(interviewId, DomainWorld.Ratings(2, 4, recommendation), "Second look at the evidence");
    }

    public async Task<Result<CandidateFeedback>> FeedbackAsync(ClientEngagement client, Guid interviewId, int score, DateTime at)
    {
        world.Clock.SetUtcNow(at);
        await using var scope = world.AsRecruiter(client.OrganizationId);
        return await scope.Get<CandidateFeedbackService>().RecordAsync(interviewId, score, null);
    }

    public async Task<Result<Engagement>> EditAsync(ClientEngagement client, EngagementDetails details, DateTime at)
    {
        world.Clock.SetUtcNow(at);
        await using var scope = world.AsRecruiter(client.OrganizationId);
        return await scope.Get<EngagementService>().EditAsync(client.EngagementId, details);
    }

    /// <summary>The calculator's snapshot, computed as an analyst of <paramref name="organizationId"/> at <paramref name="at"/>.</summary>
    public async Task<MetricsSnapshot> MetricsAsync(Guid organizationId, MetricsScope scope, DateTime at)
    {
        world.Clock.SetUtcNow(at);
        await using var analyst = world.Database.Scope(Actor.User("analyst@client.test", Role.Analyst), organizationId);
        return await analyst.Get<MetricsCalculator>().ComputeAsync(scope, default);
    }
}
