using Panelist.Domain.Common;
using Panelist.Domain.Compliance;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Persistence;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Compliance;

/// <summary>The world's interviewer lives in GB and is paid in USD: 120/hour, 150/interview.</summary>
public sealed class MinimumRateTests
{
    private static async Task AddRuleAsync(DomainWorld world, string jurisdiction, decimal amount, RateUnit unit, string currency = "USD", DateTime? from = null, DateTime? to = null)
    {
        await using var scope = world.AsPlatform();
        ResultAssert.Succeeds(await scope.Get<MinimumRateService>().AddAsync(jurisdiction, currency, amount, unit, from ?? world.Now.AddDays(-1), to, "Platform floor policy 2030"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task SetRateCard_returns_RATE_BELOW_MINIMUM_naming_the_rate_under_the_floor(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await AddRuleAsync(world, "GB", 100m, RateUnit.PerHour);
        await using var scope = world.AsPlatform();
        var service = scope.Get<InterviewerService>();

        var error = ResultAssert.Refuses(await service.SetRateCardAsync(world.InterviewerId, new RateCard("USD", 99.99m, 150m)), ErrorCodes.RateBelowMinimum);
        ResultAssert.Succeeds(await service.SetRateCardAsync(world.InterviewerId, new RateCard("USD", 100m, 150m)));

        Assert.Equal("rateCard.hourlyRate", error.Field);
        Assert.Contains("Platform floor policy 2030", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_in_another_currency_or_not_yet_in_force_or_ended_do_not_bind()
    {
        await using var world = await DomainWorld.CreateAsync();
        await AddRuleAsync(world, "GB", 500m, RateUnit.PerHour, currency: "GBP");
        await AddRuleAsync(world, "GB", 500m, RateUnit.PerHour, from: world.Now.AddDays(10));
        await AddRuleAsync(world, "GB", 500m, RateUnit.PerHour, from: world.Now.AddDays(-30), to: world.Now.AddDays(-1));
        await using var scope = world.AsPlatform();

        ResultAssert.Succeeds(await scope.Get<InterviewerService>().SetRateCardAsync(world.InterviewerId, new RateCard("USD", 120m, 150m)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Invite_returns_RATE_BELOW_MINIMUM_when_the_agreed_rate_is_under_the_floor(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var other = await world.AddInterviewerAsync();
        await AddRuleAsync(world, "GB", 140m, RateUnit.PerInterview);
        await using var admin = world.AsClientAdmin();

        var error = ResultAssert.Refuses(await admin.Get<AssignmentService>().InviteAsync(world.EngagementId, other, 139m), ErrorCodes.RateBelowMinimum);

        Assert.Equal("agreedRate", error.Field);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Schedule_returns_RATE_BELOW_MINIMUM_when_a_floor_took_effect_after_the_invitation(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var interviewId = await world.RequestInterviewAsync();
        await AddRuleAsync(world, "GB", 200m, RateUnit.PerInterview);

        var error = ResultAssert.Refuses(await world.TryScheduleAsync(interviewId, DomainWorld.Day(1)), ErrorCodes.RateBelowMinimum);

        Assert.Equal("assignmentId", error.Field);
    }

    [Fact]
    public async Task A_country_rule_binds_an_interviewer_classified_in_one_of_its_subdivisions()
    {
        await using var world = await DomainWorld.CreateAsync();
        await AddRuleAsync(world, "US", 130m, RateUnit.PerHour);
        await using var scope = world.AsPlatform();
        ResultAssert.Succeeds(await scope.Get<ClassificationService>().RecordAsync(world.InterviewerId, "US-CA", ClassificationTest.CaliforniaAbc,
            ClassificationRulesTests.Answers(ClassificationTest.CaliforniaAbc, FactorAnswer.Independent), null));
        ResultAssert.Succeeds(await scope.Get<InterviewerService>().ClassifyAsync(world.InterviewerId, ClassificationType.IndependentContractor, "US-CA"));

        ResultAssert.Refuses(await scope.Get<InterviewerService>().SetRateCardAsync(world.InterviewerId, new RateCard("USD", 120m, 150m)), ErrorCodes.RateBelowMinimum);
    }
}
