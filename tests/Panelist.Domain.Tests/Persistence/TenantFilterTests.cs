using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Persistence;

/// <summary>One organization's scope never sees another's rows, whoever the actor is.</summary>
public sealed class TenantFilterTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task Each_organization_s_scope_sees_only_its_own_rows(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var (acme, globex) = await ArrangeTwoClientsAsync(world);

        foreach (var (mine, theirs) in new[] { (acme, globex), (globex, acme) })
        {
            await using var scope = world.AsClientAdmin(mine.Client.OrganizationId);
            var db = scope.Db;
            var org = mine.Client.OrganizationId;

            var engagements = await db.Engagements.ToListAsync();
            Assert.All(engagements, e => Assert.Equal(org, e.OrganizationId));
            Assert.Contains(engagements, e => e.Id == mine.Client.EngagementId);
            Assert.DoesNotContain(engagements, e => e.Id == theirs.Client.EngagementId);

            Assert.All(await db.Assignments.ToListAsync(), a => Assert.Equal(org, a.OrganizationId));

            var interviews = await db.Interviews.ToListAsync();
            Assert.Equal(mine.InterviewId, Assert.Single(interviews).Id);

            var scorecards = await db.Scorecards.Include(s => s.Revisions).ToListAsync();
            var scorecard = Assert.Single(scorecards);
            Assert.Equal(mine.InterviewId, scorecard.InterviewId);
            Assert.All(scorecard.Revisions, r => Assert.Equal(org, r.OrganizationId));
            Assert.All(await db.ScorecardRevisions.ToListAsync(), r => Assert.Equal(org, r.OrganizationId));

            Assert.Equal(mine.InterviewId, Assert.Single(await db.CandidateFeedback.ToListAsync()).InterviewId);

            var entries = await db.AuditEntries.ToListAsync();
            Assert.NotEmpty(entries);
            Assert.All(entries, e => Assert.Equal(org, e.OrganizationId));

            Assert.Null(await db.Engagements.FirstOrDefaultAsync(e => e.Id == theirs.Client.EngagementId));
            Assert.Null(await db.Interviews.FirstOrDefaultAsync(i => i.Id == theirs.InterviewId));
        }
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task The_platform_scope_sees_no_client_rows(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await ArrangeTwoClientsAsync(world);
        await using var scope = world.AsPlatform();

        Assert.Empty(await scope.Db.Engagements.ToListAsync());
        Assert.Empty(await scope.Db.Interviews.ToListAsync());
        Assert.Empty(await scope.Db.Scorecards.ToListAsync());
        Assert.All(await scope.Db.AuditEntries.ToListAsync(), e => Assert.Equal(Organization.PlatformId, e.OrganizationId));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Services_return_NOT_FOUND_for_another_organization_s_rows(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var (acme, globex) = await ArrangeTwoClientsAsync(world);
        await using (var scope = world.AsClientAdmin(acme.Client.OrganizationId))
        {
            ResultAssert.Refuses(await scope.Get<EngagementService>().PauseAsync(globex.Client.EngagementId), ErrorCodes.NotFound);
            ResultAssert.Refuses(await scope.Get<InterviewService>().CancelAsync(globex.InterviewId, "Not ours"), ErrorCodes.NotFound);
            ResultAssert.Refuses(await scope.Get<InterviewService>().RequestAsync(globex.Client.EngagementId, DomainWorld.NewCandidate(50)), ErrorCodes.NotFound);
            ResultAssert.Refuses(await scope.Get<CandidateFeedbackService>().RecordAsync(globex.InterviewId, 1, null), ErrorCodes.NotFound);
        }

        await using var check = world.AsClientAdmin(globex.Client.OrganizationId);
        var engagement = await check.Db.Engagements.SingleAsync(e => e.Id == globex.Client.EngagementId);
        Assert.Equal(EngagementStatus.Active, engagement.Status);
        Assert.Equal(InterviewStatus.Completed, (await check.Db.Interviews.SingleAsync(i => i.Id == globex.InterviewId)).Status);
    }

    /// <summary>acme and globex, each with a completed interview by the same interviewer, an amended scorecard and feedback.</summary>
    private static async Task<(ClientData Acme, ClientData Globex)> ArrangeTwoClientsAsync(DomainWorld world)
    {
        var globex = await world.AddClientAsync("globex", "Globex");
        var acme = await ArrangeClientAsync(world, world.Client, DomainWorld.Day(1, 10));
        return (acme, await ArrangeClientAsync(world, globex, DomainWorld.Day(1, 14)));
    }

    private static async Task<ClientData> ArrangeClientAsync(DomainWorld world, ClientEngagement client, DateTime start)
    {
        var interviewId = await world.CompletedInterviewAsync(start, client);
        ResultAssert.Succeeds(await world.SubmitScorecardAsync(interviewId, DomainWorld.Ratings(3, 2), client));
        await using var scope = world.AsInterviewer(organizationId: client.OrganizationId);
        ResultAssert.Succeeds(await scope.Get<ScorecardService>().AmendAsync(interviewId, DomainWorld.Ratings(3, 3), "Second look at the code"));
        await using var staff = world.AsRecruiter(client.OrganizationId);
        ResultAssert.Succeeds(await staff.Get<CandidateFeedbackService>().RecordAsync(interviewId, 9, "Friendly"));
        return new ClientData(client, interviewId);
    }

    private sealed record ClientData(ClientEngagement Client, Guid InterviewId);
}
