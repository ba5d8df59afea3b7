using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Tests.Support;

namespace Panelist.Domain.Tests.Engagements;

public sealed class EngagementRulesTests
{
    [Fact]
    public async Task Engagement_moves_from_Draft_through_Open_Active_and_Paused_to_Closed()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsRecruiter();
        var engagements = scope.Get<EngagementService>();
        var created = ResultAssert.Succeeds(await engagements.CreateAsync(world.RubricVersionId, world.Details()));
        Assert.Equal(EngagementStatus.Draft, created.Status);
        Assert.Equal(world.OrganizationId, created.OrganizationId);

        Assert.Equal(EngagementStatus.Open, ResultAssert.Succeeds(await engagements.OpenAsync(created.Id)).Status);
        Assert.Equal(EngagementStatus.Active, ResultAssert.Succeeds(await engagements.ActivateAsync(created.Id)).Status);
        Assert.Equal(EngagementStatus.Paused, ResultAssert.Succeeds(await engagements.PauseAsync(created.Id)).Status);
        Assert.Equal(EngagementStatus.Active, ResultAssert.Succeeds(await engagements.ResumeAsync(created.Id)).Status);
        var closed = ResultAssert.Succeeds(await engagements.CloseAsync(created.Id, "Role filled"));

        Assert.Equal(EngagementStatus.Closed, closed.Status);
        Assert.Equal(world.Now, closed.ClosedAt);
    }

    [Fact]
    public async Task Activate_returns_INVALID_TRANSITION_for_a_draft()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsRecruiter();
        var engagements = scope.Get<EngagementService>();
        var draft = ResultAssert.Succeeds(await engagements.CreateAsync(world.RubricVersionId, world.Details()));

        ResultAssert.Refuses(await engagements.ActivateAsync(draft.Id), ErrorCodes.InvalidTransition);
        ResultAssert.Refuses(await engagements.PauseAsync(draft.Id), ErrorCodes.InvalidTransition);
    }

    [Fact]
    public async Task Open_returns_INVALID_TRANSITION_for_a_closed_engagement()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsRecruiter();
        var engagements = scope.Get<EngagementService>();
        ResultAssert.Succeeds(await engagements.CloseAsync(world.EngagementId, null));

        ResultAssert.Refuses(await engagements.OpenAsync(world.EngagementId), ErrorCodes.InvalidTransition);
        ResultAssert.Refuses(await engagements.ResumeAsync(world.EngagementId), ErrorCodes.InvalidTransition);
        ResultAssert.Refuses(await engagements.EditAsync(world.EngagementId, world.Details()), ErrorCodes.InvalidTransition);
    }

    [Fact]
    public async Task Create_returns_RUBRIC_VERSION_NOT_PUBLISHED_for_a_draft_version()
    {
        await using var world = await DomainWorld.CreateAsync();
        var draftId = await CreateDraftVersionAsync(world);
        await using var scope = world.AsRecruiter();

        var error = ResultAssert.Refuses(
            await scope.Get<EngagementService>().CreateAsync(draftId, world.Details()), ErrorCodes.RubricVersionNotPublished);

        Assert.Equal("rubricVersionId", error.Field);
    }

    [Fact]
    public async Task PinRubricVersion_returns_RUBRIC_VERSION_NOT_PUBLISHED_for_a_draft_version()
    {
        await using var world = await DomainWorld.CreateAsync();
        var draftId = await CreateDraftVersionAsync(world);
        await using var scope = world.AsRecruiter();
        var engagements = scope.Get<EngagementService>();
        var engagement = ResultAssert.Succeeds(await engagements.CreateAsync(world.RubricVersionId, world.Details()));

        ResultAssert.Refuses(await engagements.PinRubricVersionAsync(engagement.Id, draftId), ErrorCodes.RubricVersionNotPublished);
    }

    [Fact]
    public async Task PinRubricVersion_pins_a_newer_published_version_while_the_engagement_is_a_draft()
    {
        await using var world = await DomainWorld.CreateAsync();
        var versionTwo = await CreateDraftVersionAsync(world, publish: true);
        Guid engagementId;
        await using (var scope = world.AsRecruiter())
        {
            var engagements = scope.Get<EngagementService>();
            engagementId = ResultAssert.Succeeds(await engagements.CreateAsync(world.RubricVersionId, world.Details())).Id;

            Assert.Equal(versionTwo, ResultAssert.Succeeds(await engagements.PinRubricVersionAsync(engagementId, versionTwo)).RubricVersionId);
        }

        await using var check = world.AsRecruiter();
        Assert.Equal(versionTwo, await check.Db.Engagements.Where(e => e.Id == engagementId).Select(e => e.RubricVersionId).SingleAsync());
    }

    [Fact]
    public async Task PinRubricVersion_returns_INVALID_TRANSITION_once_the_engagement_is_active()
    {
        await using var world = await DomainWorld.CreateAsync();
        var versionTwo = await CreateDraftVersionAsync(world, publish: true);
        await using var scope = world.AsRecruiter();

        ResultAssert.Refuses(
            await scope.Get<EngagementService>().PinRubricVersionAsync(world.EngagementId, versionTwo), ErrorCodes.InvalidTransition);
    }

    [Fact]
    public async Task Create_returns_INVALID_CURRENCY_for_pricing_in_an_unknown_currency()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsRecruiter();

        var error = ResultAssert.Refuses(
            await scope.Get<EngagementService>().CreateAsync(world.RubricVersionId, world.Details(currency: "ZZZ")), ErrorCodes.InvalidCurrency);

        Assert.Equal("pricing.currency", error.Field);
    }

    [Fact]
    public async Task Create_returns_FORBIDDEN_for_an_analyst()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.Database.Scope(Actor.User("analyst@client.test", Role.Analyst), world.OrganizationId);

        ResultAssert.Refuses(await scope.Get<EngagementService>().CreateAsync(world.RubricVersionId, world.Details()), ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Close_cancels_requested_and_future_interviews_and_keeps_those_already_started()
    {
        await using var world = await DomainWorld.CreateAsync();
        var completed = await world.CompletedInterviewAsync(DomainWorld.Day(0, 9));
        var inProgress = await world.ScheduleInterviewAsync(DomainWorld.Day(0, 12));
        var future = await world.ScheduleInterviewAsync(DomainWorld.Day(1));
        var requested = await world.RequestInterviewAsync();
        world.Clock.SetUtcNow(DomainWorld.Day(0, 12, 30));
        var auditBefore = (await world.AuditEntriesAsync(world.OrganizationId)).Count;

        await using (var scope = world.AsRecruiter())
        {
            var closed = ResultAssert.Succeeds(await scope.Get<EngagementService>().CloseAsync(world.EngagementId, "Role filled"));
            Assert.Equal(EngagementStatus.Closed, closed.Status);
        }

        await using var check = world.AsRecruiter();
        var interviews = await check.Db.Interviews.ToDictionaryAsync(i => i.Id);
        Assert.Equal(InterviewStatus.Completed, interviews[completed].Status);
        Assert.Equal(InterviewStatus.Scheduled, interviews[inProgress].Status);
        Assert.Equal(InterviewStatus.Cancelled, interviews[requested].Status);
        var cancelled = interviews[future];
        Assert.Equal(InterviewStatus.Cancelled, cancelled.Status);
        Assert.Equal("Engagement closed: Role filled", cancelled.CancellationReason);
        Assert.Equal(world.Now, cancelled.CancelledAt);
        Assert.Equal(0m, cancelled.Cost);

        var added = (await world.AuditEntriesAsync(world.OrganizationId)).Skip(auditBefore).Select(e => e.Action).ToList();
        Assert.Equal(2, added.Count(a => a == "interview.cancelled"));
        Assert.Equal("engagement.closed", added[^1]);
        Assert.Equal(3, added.Count);
    }

    [Fact]
    public async Task Close_returns_INVALID_TRANSITION_when_already_closed()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsRecruiter();
        var engagements = scope.Get<EngagementService>();
        ResultAssert.Succeeds(await engagements.CloseAsync(world.EngagementId, null));

        ResultAssert.Refuses(await engagements.CloseAsync(world.EngagementId, null), ErrorCodes.InvalidTransition);
    }

    private static async Task<Guid> CreateDraftVersionAsync(DomainWorld world, bool publish = false)
    {
        await using var scope = world.AsRubricKeeper();
        var rubrics = scope.Get<RubricService>();
        var draft = ResultAssert.Succeeds(await rubrics.CreateDraftAsync(world.RubricId, DomainWorld.Criteria(0.5m, 0.5m), 3m));
        if (publish)
        {
            ResultAssert.Succeeds(await rubrics.PublishAsync(draft.Id));
        }

        return draft.Id;
    }
}
