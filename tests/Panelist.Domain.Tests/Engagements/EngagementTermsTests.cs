using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Tests.Support;

namespace Panelist.Domain.Tests.Engagements;

/// <summary>The terms an engagement is created or edited with: amounts in range, each skill once, no cap below what is spent.</summary>
public sealed class EngagementTermsTests
{
    [Theory]
    [InlineData("1000000000.0001")]
    [InlineData("1000000000000000")]
    [InlineData("100000000000000000000")]
    [InlineData("-0.01")]
    [InlineData("0.00001")]
    public async Task Create_returns_INVALID_AMOUNT_for_a_budget_cap_outside_0_to_one_billion_and_stores_nothing(string cap)
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsRecruiter();
        var before = await scope.Db.Engagements.CountAsync();

        var error = ResultAssert.Refuses(await scope.Get<EngagementService>().CreateAsync(world.RubricVersionId,
            world.Details(budgetCap: decimal.Parse(cap, System.Globalization.CultureInfo.InvariantCulture))), ErrorCodes.InvalidAmount);

        Assert.Equal("pricing.budgetCap", error.Field);
        await using var read = world.AsRecruiter();
        Assert.Equal(before, await read.Db.Engagements.CountAsync());
    }

    [Fact]
    public async Task Create_accepts_a_budget_cap_of_exactly_one_billion()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsRecruiter();

        var engagement = ResultAssert.Succeeds(await scope.Get<EngagementService>().CreateAsync(world.RubricVersionId, world.Details(budgetCap: 1_000_000_000m)));

        Assert.Equal(1_000_000_000m, engagement.Pricing.BudgetCap);
    }

    [Fact]
    public async Task Create_and_Edit_return_VALIDATION_FAILED_for_a_skill_required_twice()
    {
        await using var world = await DomainWorld.CreateAsync();
        var twice = world.Details() with { RequiredSkills = [new RequiredSkill(world.PrimarySkillId, 3), new RequiredSkill(world.SecondarySkillId, 2), new RequiredSkill(world.PrimarySkillId, 4)] };
        await using var scope = world.AsRecruiter();
        var engagements = scope.Get<EngagementService>();

        var created = ResultAssert.Refuses(await engagements.CreateAsync(world.RubricVersionId, twice), ErrorCodes.ValidationFailed);
        var edited = ResultAssert.Refuses(await engagements.EditAsync(world.EngagementId, twice), ErrorCodes.ValidationFailed);

        Assert.Equal(("requiredSkills", "requiredSkills"), (created.Field, edited.Field));
        await using var read = world.AsRecruiter();
        var stored = await read.Db.Engagements.Include(e => e.RequiredSkills).SingleAsync(e => e.Id == world.EngagementId);
        Assert.Equal([world.PrimarySkillId], stored.RequiredSkills.Select(s => s.SkillId));
    }

    [Fact]
    public async Task Edit_returns_BUDGET_EXCEEDED_when_the_cap_falls_below_what_is_committed()
    {
        await using var world = await DomainWorld.CreateAsync();
        await world.ScheduleInterviewAsync(DomainWorld.Day(1));
        await world.ScheduleInterviewAsync(DomainWorld.Day(2));
        await using var scope = world.AsRecruiter();

        var error = ResultAssert.Refuses(await scope.Get<EngagementService>().EditAsync(world.EngagementId, world.Details(budgetCap: 299.99m)), ErrorCodes.BudgetExceeded);

        Assert.Equal("pricing.budgetCap", error.Field);
        Assert.Contains("300", error.Message, StringComparison.Ordinal);
        await using var read = world.AsRecruiter();
        Assert.Equal(DomainWorld.DefaultBudgetCap, (await read.Db.Engagements.SingleAsync(e => e.Id == world.EngagementId)).Pricing.BudgetCap);
    }

    [Fact]
    public async Task Edit_may_lower_the_cap_to_exactly_what_is_committed()
    {
        await using var world = await DomainWorld.CreateAsync();
        await world.ScheduleInterviewAsync(DomainWorld.Day(1));
        await using var scope = world.AsRecruiter();

        var edited = ResultAssert.Succeeds(await scope.Get<EngagementService>().EditAsync(world.EngagementId, world.Details(budgetCap: DomainWorld.CardPerInterviewRate)));

        Assert.Equal(DomainWorld.CardPerInterviewRate, edited.Pricing.BudgetCap);
        Assert.DoesNotContain(await world.AuditEntriesAsync(world.OrganizationId), e => e.Action == "engagement.budget_over_committed");
    }

    [Fact]
    public async Task Edit_below_what_is_committed_with_an_acknowledgement_is_stored_and_audited()
    {
        await using var world = await DomainWorld.CreateAsync();
        await world.ScheduleInterviewAsync(DomainWorld.Day(1));
        await world.ScheduleInterviewAsync(DomainWorld.Day(2));
        await using var scope = world.AsRecruiter();

        var edited = ResultAssert.Succeeds(await scope.Get<EngagementService>().EditAsync(world.EngagementId, world.Details(budgetCap: 100m), acknowledgeOverCommitment: true));

        Assert.Equal(100m, edited.Pricing.BudgetCap);
        var entries = await world.AuditEntriesAsync(world.OrganizationId);
        var acknowledged = Assert.Single(entries, e => e.Action == "engagement.budget_over_committed");
        Assert.Equal("""{"budgetCap":"100.00 USD","committed":"300.00 USD"}""", acknowledged.Summary);
        Assert.Equal("engagement.edited", entries[^1].Action);
    }
}
