using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Tests.Support;

namespace Panelist.Domain.Tests.Engagements;

public sealed class InviteRulesTests
{
    [Fact]
    public async Task Invite_at_the_card_rate_creates_an_invited_assignment_in_the_engagement_currency()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewerId = await world.AddInterviewerAsync();
        await using var scope = world.AsRecruiter();

        var assignment = ResultAssert.Succeeds(await scope.Get<AssignmentService>().InviteAsync(world.EngagementId, interviewerId, null));

        Assert.Equal(AssignmentStatus.Invited, assignment.Status);
        Assert.Equal(world.OrganizationId, assignment.OrganizationId);
        Assert.Equal(DomainWorld.CardPerInterviewRate, assignment.AgreedRate);
        Assert.Equal("USD", assignment.Currency);
        Assert.False(assignment.RateOverridden);
        Assert.Equal(world.Now, assignment.InvitedAt);
    }

    [Fact]
    public async Task Invite_on_an_hourly_engagement_agrees_the_hourly_card_rate()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewerId = await world.AddInterviewerAsync();
        var engagementId = await world.AddActiveEngagementAsync(world.Details(model: PricingModel.Hourly));
        await using var scope = world.AsRecruiter();

        var assignment = ResultAssert.Succeeds(await scope.Get<AssignmentService>().InviteAsync(engagementId, interviewerId, null));

        Assert.Equal(DomainWorld.CardHourlyRate, assignment.AgreedRate);
    }

    [Theory]
    [InlineData(InterviewerStatus.Onboarding)]
    [InlineData(InterviewerStatus.Suspended)]
    public async Task Invite_returns_INTERVIEWER_NOT_ACTIVE_when_the_interviewer_is_not_active(InterviewerStatus status)
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewerId = await world.AddInterviewerAsync(new InterviewerSetup { Status = status });

        await AssertInviteRefusedAsync(world, interviewerId, ErrorCodes.InterviewerNotActive);
    }

    [Fact]
    public async Task Invite_returns_INTERVIEWER_NOT_COMPLIANT_when_the_contract_has_expired()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewerId = await world.AddInterviewerAsync(new InterviewerSetup { ContractLength = TimeSpan.FromDays(2) });
        world.Clock.Advance(TimeSpan.FromDays(3));

        await AssertInviteRefusedAsync(world, interviewerId, ErrorCodes.InterviewerNotCompliant);
    }

    [Fact]
    public async Task Invite_returns_INTERVIEWER_NOT_CERTIFIED_when_certification_expired()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewerId = await world.AddInterviewerAsync(new InterviewerSetup { CertificationLength = TimeSpan.FromDays(2) });
        world.Clock.Advance(TimeSpan.FromDays(3));

        await AssertInviteRefusedAsync(world, interviewerId, ErrorCodes.InterviewerNotCertified);
    }

    [Fact]
    public async Task Invite_returns_INTERVIEWER_NOT_CERTIFIED_when_never_certified_on_the_rubric()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewerId = await world.AddInterviewerAsync(new InterviewerSetup { Certified = false });

        await AssertInviteRefusedAsync(world, interviewerId, ErrorCodes.InterviewerNotCertified);
    }

    [Fact]
    public async Task Invite_returns_CURRENCY_MISMATCH_when_the_rate_card_is_in_another_currency()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewerId = await world.AddInterviewerAsync(new InterviewerSetup { Currency = "EUR" });

        await AssertInviteRefusedAsync(world, interviewerId, ErrorCodes.CurrencyMismatch);
    }

    [Fact]
    public async Task Invite_returns_RATE_OUTSIDE_CARD_when_a_recruiter_agrees_a_rate_above_the_card()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewerId = await world.AddInterviewerAsync();

        var error = await AssertInviteRefusedAsync(world, interviewerId, ErrorCodes.RateOutsideCard, DomainWorld.CardPerInterviewRate + 0.01m);

        Assert.Equal("agreedRate", error.Field);
    }

    [Fact]
    public async Task Invite_by_a_recruiter_below_the_card_rate_is_no_override()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewerId = await world.AddInterviewerAsync();
        await using var scope = world.AsRecruiter();

        var assignment = ResultAssert.Succeeds(await scope.Get<AssignmentService>().InviteAsync(world.EngagementId, interviewerId, 140m));

        Assert.Equal(140m, assignment.AgreedRate);
        Assert.False(assignment.RateOverridden);
    }

    [Fact]
    public async Task Invite_by_a_client_admin_above_the_card_overrides_the_rate_and_audits_the_override()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewerId = await world.AddInterviewerAsync();
        Guid assignmentId;
        await using (var scope = world.AsClientAdmin())
        {
            var assignment = ResultAssert.Succeeds(await scope.Get<AssignmentService>().InviteAsync(world.EngagementId, interviewerId, 200m));
            assignmentId = assignment.Id;
            Assert.True(assignment.RateOverridden);
            Assert.Equal(200m, assignment.AgreedRate);
        }

        var subject = assignmentId.ToString();
        var entries = (await world.AuditEntriesAsync(world.OrganizationId)).Where(e => e.SubjectId == subject).ToList();
        Assert.Collection(
            entries,
            e => Assert.Equal("assignment.invited", e.Action),
            e =>
            {
                Assert.Equal("assignment.rate_overridden", e.Action);
                Assert.Equal(Role.ClientAdmin, e.ActorRole);
                Assert.Equal("admin@client.test", e.ActorId);
                Assert.Contains("\"agreedRate\":200", e.Summary, StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task Invite_returns_ALREADY_ASSIGNED_for_an_interviewer_already_on_the_engagement()
    {
        await using var world = await DomainWorld.CreateAsync();

        await AssertInviteRefusedAsync(world, world.InterviewerId, ErrorCodes.AlreadyAssigned, expectNoAssignment: false);
    }

    [Fact]
    public async Task Accept_returns_INTERVIEWER_NOT_CERTIFIED_when_the_certification_lapsed_after_the_invitation()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewerId = await world.AddInterviewerAsync(new InterviewerSetup { CertificationLength = TimeSpan.FromDays(2) });
        Guid assignmentId;
        await using (var recruiter = world.AsRecruiter())
        {
            assignmentId = ResultAssert.Succeeds(await recruiter.Get<AssignmentService>().InviteAsync(world.EngagementId, interviewerId, null)).Id;
        }

        world.Clock.Advance(TimeSpan.FromDays(3));
        await using var interviewer = world.AsInterviewer(interviewerId);

        ResultAssert.Refuses(await interviewer.Get<AssignmentService>().AcceptAsync(assignmentId), ErrorCodes.InterviewerNotCertified);
    }

    /// <summary>Invites as a recruiter, expects the refusal, and checks that no assignment and no audit entry were stored.</summary>
    private static async Task<DomainError> AssertInviteRefusedAsync(
        DomainWorld world, Guid interviewerId, string code, decimal? rate = null, bool expectNoAssignment = true)
    {
        var auditBefore = (await world.AuditEntriesAsync(world.OrganizationId)).Count;
        DomainError error;
        await using (var scope = world.AsRecruiter())
        {
            error = ResultAssert.Refuses(await scope.Get<AssignmentService>().InviteAsync(world.EngagementId, interviewerId, rate), code);
        }

        await using var check = world.AsRecruiter();
        if (expectNoAssignment)
        {
            Assert.False(await check.Db.Assignments.AnyAsync(a => a.InterviewerId == interviewerId));
        }

        Assert.Equal(auditBefore, (await world.AuditEntriesAsync(world.OrganizationId)).Count);
        return error;
    }
}
