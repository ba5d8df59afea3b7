using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Tests.Support;

namespace Panelist.Domain.Tests.Common;

/// <summary>
/// Every amount of money the domain takes (rate cards, agreed rates, budget caps) lies between 0 and
/// 1,000,000,000 with at most 4 decimals, so that it always fits numeric(18,4) and SQLite's scaled integers.
/// </summary>
public sealed class AmountRangeTests
{
    public static readonly TheoryData<string> OutOfRange = new() { "1000000000.0001", "900000000000000", "1000000000000000", "100000000000000000000", "79228162514264337593543950335", "-1", "0.000000001" };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Guard_refuses_an_amount_outside_the_documented_range_naming_the_field(string amount)
    {
        var refused = Assert.Throws<DomainRuleException>(() => Guard.Amount(Parse(amount), "pricing.budgetCap"));

        Assert.Equal((ErrorCodes.InvalidAmount, "pricing.budgetCap"), (refused.Error.Code, refused.Error.Field));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.0001")]
    [InlineData("999999999.9999")]
    [InlineData("1000000000")]
    public void Guard_accepts_every_amount_from_0_to_one_billion_with_4_decimals(string amount) =>
        Assert.Equal(Parse(amount), Guard.Amount(Parse(amount), "agreedRate"));

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task Register_and_SetRateCard_return_INVALID_AMOUNT_for_a_rate_out_of_range(string amount)
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();
        var interviewers = scope.Get<InterviewerService>();
        var profile = new InterviewerProfile("Rita Range", "rita.range@example.com", null, "DE", "Europe/Berlin");

        var hourly = ResultAssert.Refuses(await interviewers.RegisterAsync(profile, new RateCard("EUR", Parse(amount), 100m)), ErrorCodes.InvalidAmount);
        var perInterview = ResultAssert.Refuses(
            await interviewers.SetRateCardAsync(world.InterviewerId, new RateCard("USD", 100m, Parse(amount))), ErrorCodes.InvalidAmount);

        Assert.Equal(("rateCard.hourlyRate", "rateCard.perInterviewRate"), (hourly.Field, perInterview.Field));
        await using var read = world.AsPlatform();
        Assert.False(await read.Db.Interviewers.AnyAsync(i => i.Email == "rita.range@example.com"));
        Assert.Equal(DomainWorld.CardPerInterviewRate, (await read.Db.Interviewers.SingleAsync(i => i.Id == world.InterviewerId)).PerInterviewRate);
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task Invite_returns_INVALID_AMOUNT_for_an_agreed_rate_out_of_range_even_for_an_admin(string amount)
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewerId = await world.AddInterviewerAsync();
        await using var scope = world.AsClientAdmin();

        var error = ResultAssert.Refuses(await scope.Get<AssignmentService>().InviteAsync(world.EngagementId, interviewerId, Parse(amount)), ErrorCodes.InvalidAmount);

        Assert.Equal("agreedRate", error.Field);
    }

    private static decimal Parse(string amount) => decimal.Parse(amount, NumberStyles.Float, CultureInfo.InvariantCulture);
}
