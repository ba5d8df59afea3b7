using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Audits;
using Panelist.Domain.Common;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Persistence;

/// <summary>A refused operation commits nothing: no change, no audit entry, and nothing left behind for the scope's next operation.</summary>
public sealed class FailedOperationTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task A_refused_schedule_leaves_the_interview_Requested_and_the_audit_chain_untouched(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var capped = await world.AddEngagementAsync(world.Details(budgetCap: DomainWorld.CardPerInterviewRate));
        await world.ScheduleInterviewAsync(DomainWorld.Day(1), client: capped);
        var interviewId = await world.RequestInterviewAsync(capped);
        var before = await ChainStateAsync(world, world.OrganizationId);

        ResultAssert.Refuses(await world.TryScheduleAsync(interviewId, DomainWorld.Day(2), client: capped), ErrorCodes.BudgetExceeded);

        await using var check = world.AsRecruiter();
        var interview = await check.Db.Interviews.SingleAsync(i => i.Id == interviewId);
        Assert.Equal(InterviewStatus.Requested, interview.Status);
        Assert.Null(interview.AssignmentId);
        Assert.Null(interview.InterviewerId);
        Assert.Null(interview.ScheduledStart);
        Assert.Null(interview.ScheduledEnd);
        Assert.Equal(0m, interview.Cost);
        Assert.Equal(before, await ChainStateAsync(world, world.OrganizationId));
        Assert.True((await check.Get<AuditVerifier>().VerifyAsync(world.OrganizationId)).IsValid);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task A_refused_submission_leaks_nothing_into_the_next_operation_of_the_same_scope(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var notYetHeld = await world.ScheduleInterviewAsync(DomainWorld.Day(1));
        var later = await world.ScheduleInterviewAsync(DomainWorld.Day(2));
        var before = await ChainStateAsync(world, world.OrganizationId);

        await using (var scope = world.AsInterviewer())
        {
            var scorecards = scope.Get<ScorecardService>();
            ResultAssert.Refuses(await scorecards.SubmitAsync(notYetHeld, DomainWorld.Ratings(3, 3)), ErrorCodes.InterviewNotCompleted);
            ResultAssert.Succeeds(await scorecards.SaveDraftAsync(later, DomainWorld.Ratings(2, 2)));
        }

        await using var check = world.AsRecruiter();
        var stored = Assert.Single(await check.Db.Scorecards.ToListAsync());
        Assert.Equal(later, stored.InterviewId);
        Assert.Equal(ScorecardStatus.Draft, stored.Status);
        var added = (await world.AuditEntriesAsync(world.OrganizationId)).Skip(before.Entries).ToList();
        Assert.Equal("scorecard.draft_saved", Assert.Single(added).Action);
        Assert.True((await check.Get<AuditVerifier>().VerifyAsync(world.OrganizationId)).IsValid);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task A_refused_status_change_keeps_the_interviewer_and_the_platform_chain_as_they_were(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var before = await ChainStateAsync(world, Organization.PlatformId);

        await using (var scope = world.AsPlatform())
        {
            var interviewers = scope.Get<InterviewerService>();
            ResultAssert.Refuses(await interviewers.ChangeStatusAsync(world.InterviewerId, InterviewerStatus.Applicant), ErrorCodes.InvalidTransition);
        }

        await using var check = world.AsPlatform();
        var interviewer = await check.Db.Interviewers.SingleAsync(i => i.Id == world.InterviewerId);
        Assert.Equal(InterviewerStatus.Active, interviewer.Status);
        Assert.Equal(before, await ChainStateAsync(world, Organization.PlatformId));
    }

    private static async Task<(int Entries, long LastSequence, string LastHash)> ChainStateAsync(DomainWorld world, Guid organizationId)
    {
        await using var scope = world.AsPlatform();
        var entries = await scope.Db.AuditEntries.IgnoreQueryFilters().CountAsync(e => e.OrganizationId == organizationId);
        var head = await scope.Db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.OrganizationId == organizationId);
        return (entries, head.LastSequence, head.LastHash);
    }
}
