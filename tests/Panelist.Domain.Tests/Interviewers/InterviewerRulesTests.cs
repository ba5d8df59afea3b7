using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Tests.Support;

namespace Panelist.Domain.Tests.Interviewers;

public sealed class InterviewerRulesTests
{
    [Fact]
    public async Task ChangeStatus_activates_a_compliant_interviewer_after_onboarding()
    {
        await using var world = await DomainWorld.CreateAsync();
        var id = await world.RegisterApplicantAsync();
        await using var scope = world.AsPlatform();
        var service = scope.Get<InterviewerService>();
        await MakeCompliantAsync(service, id, world.Now);

        ResultAssert.Succeeds(await service.ChangeStatusAsync(id, InterviewerStatus.Onboarding));
        var active = ResultAssert.Succeeds(await service.ChangeStatusAsync(id, InterviewerStatus.Active));

        Assert.Equal(InterviewerStatus.Active, active.Status);
        Assert.True(active.IsCompliantAt(world.Now));
    }

    [Fact]
    public async Task ChangeStatus_returns_INVALID_TRANSITION_when_an_applicant_skips_onboarding()
    {
        await using var world = await DomainWorld.CreateAsync();
        var id = await world.RegisterApplicantAsync();
        await using (var scope = world.AsPlatform())
        {
            var service = scope.Get<InterviewerService>();
            await MakeCompliantAsync(service, id, world.Now);

            var error = ResultAssert.Refuses(await service.ChangeStatusAsync(id, InterviewerStatus.Active), ErrorCodes.InvalidTransition);
            Assert.Equal("status", error.Field);
        }

        Assert.Equal(InterviewerStatus.Applicant, await StatusOfAsync(world, id));
    }

    [Fact]
    public async Task ChangeStatus_returns_INVALID_TRANSITION_when_an_offboarded_interviewer_is_reactivated()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();
        var service = scope.Get<InterviewerService>();
        ResultAssert.Succeeds(await service.ChangeStatusAsync(world.InterviewerId, InterviewerStatus.Offboarded));

        ResultAssert.Refuses(await service.ChangeStatusAsync(world.InterviewerId, InterviewerStatus.Active), ErrorCodes.InvalidTransition);
        ResultAssert.Refuses(await service.ChangeStatusAsync(world.InterviewerId, InterviewerStatus.Onboarding), ErrorCodes.InvalidTransition);
    }

    [Fact]
    public async Task ChangeStatus_suspends_and_reactivates_a_compliant_interviewer()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();
        var service = scope.Get<InterviewerService>();

        ResultAssert.Succeeds(await service.ChangeStatusAsync(world.InterviewerId, InterviewerStatus.Suspended));
        var active = ResultAssert.Succeeds(await service.ChangeStatusAsync(world.InterviewerId, InterviewerStatus.Active));

        Assert.Equal(InterviewerStatus.Active, active.Status);
    }

    [Theory]
    [InlineData("classification")]
    [InlineData("nda")]
    [InlineData("expired-contract")]
    [InlineData("future-contract")]
    public async Task ChangeStatus_returns_INTERVIEWER_NOT_COMPLIANT_when_activating_without_compliance(string gap)
    {
        await using var world = await DomainWorld.CreateAsync();
        var id = await world.RegisterApplicantAsync();
        var now = world.Now;
        await using (var scope = world.AsPlatform())
        {
            var service = scope.Get<InterviewerService>();
            if (gap != "classification")
            {
                ResultAssert.Succeeds(await service.ClassifyAsync(id, ClassificationType.Agency, "DE"));
            }

            var signed = now.AddDays(-30);
            DateTime? expires = now.AddDays(30);
            DateTime? nda = now.AddDays(-30);
            if (gap == "nda")
            {
                nda = null;
            }
            else if (gap == "expired-contract")
            {
                signed = now.AddDays(-60);
                expires = now.AddDays(-1);
            }
            else if (gap == "future-contract")
            {
                signed = now.AddDays(1);
            }

            ResultAssert.Succeeds(await service.RecordContractAsync(id, signed, expires, nda));
            ResultAssert.Succeeds(await service.ChangeStatusAsync(id, InterviewerStatus.Onboarding));

            ResultAssert.Refuses(await service.ChangeStatusAsync(id, InterviewerStatus.Active), ErrorCodes.InterviewerNotCompliant);
        }

        Assert.Equal(InterviewerStatus.Onboarding, await StatusOfAsync(world, id));
    }

    [Fact]
    public async Task ChangeStatus_returns_INTERVIEWER_NOT_COMPLIANT_when_a_suspended_interviewer_s_contract_has_lapsed()
    {
        await using var world = await DomainWorld.CreateAsync();
        var id = await world.AddInterviewerAsync(new InterviewerSetup { Status = InterviewerStatus.Suspended, ContractLength = TimeSpan.FromDays(2) });
        world.Clock.Advance(TimeSpan.FromDays(3));
        await using var scope = world.AsPlatform();

        ResultAssert.Refuses(await scope.Get<InterviewerService>().ChangeStatusAsync(id, InterviewerStatus.Active), ErrorCodes.InterviewerNotCompliant);
    }

    [Fact]
    public async Task ChangeStatus_returns_FORBIDDEN_for_a_client_admin()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsClientAdmin();

        ResultAssert.Refuses(await scope.Get<InterviewerService>().ChangeStatusAsync(world.InterviewerId, InterviewerStatus.Suspended), ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Register_normalizes_country_time_zone_and_currency_codes()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();

        var interviewer = ResultAssert.Succeeds(await scope.Get<InterviewerService>().RegisterAsync(
            Profile(country: "de", timeZone: "Europe/Berlin"), new RateCard("eur", 95.5m, 120m)));

        Assert.Equal("DE", interviewer.CountryCode);
        Assert.Equal("Europe/Berlin", interviewer.TimeZone);
        Assert.Equal("EUR", interviewer.RateCurrency);
        Assert.Equal(InterviewerStatus.Applicant, interviewer.Status);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("X")]
    public async Task Register_returns_INVALID_COUNTRY_for_a_code_that_is_no_ISO_3166_country(string country)
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();

        var error = ResultAssert.Refuses(
            await scope.Get<InterviewerService>().RegisterAsync(Profile(country: country), UsdCard()), ErrorCodes.InvalidCountry);

        Assert.Equal("countryCode", error.Field);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Europe/Atlantis")]
    public async Task Register_returns_INVALID_TIME_ZONE_for_an_unknown_IANA_zone(string timeZone)
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();

        var error = ResultAssert.Refuses(
            await scope.Get<InterviewerService>().RegisterAsync(Profile(timeZone: timeZone), UsdCard()), ErrorCodes.InvalidTimeZone);

        Assert.Equal("timeZone", error.Field);
    }

    [Theory]
    [InlineData("ZZZ")]
    [InlineData("US")]
    public async Task Register_returns_INVALID_CURRENCY_for_a_code_that_is_no_ISO_4217_currency(string currency)
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();

        var error = ResultAssert.Refuses(
            await scope.Get<InterviewerService>().RegisterAsync(Profile(), new RateCard(currency, 100m, 100m)), ErrorCodes.InvalidCurrency);

        Assert.Equal("rateCard.currency", error.Field);
    }

    [Fact]
    public async Task SetRateCard_returns_INVALID_CURRENCY_and_keeps_the_previous_card()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using (var scope = world.AsPlatform())
        {
            ResultAssert.Refuses(
                await scope.Get<InterviewerService>().SetRateCardAsync(world.InterviewerId, new RateCard("ZZZ", 1m, 1m)), ErrorCodes.InvalidCurrency);
        }

        await using var check = world.AsPlatform();
        var stored = await check.Db.Interviewers.SingleAsync(i => i.Id == world.InterviewerId);
        Assert.Equal(new RateCard("USD", DomainWorld.CardHourlyRate, DomainWorld.CardPerInterviewRate), stored.RateCard);
    }

    [Fact]
    public async Task SetLanguage_returns_INVALID_LANGUAGE_for_a_code_that_is_no_ISO_639_1_language()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();

        ResultAssert.Refuses(
            await scope.Get<InterviewerService>().SetLanguageAsync(world.InterviewerId, "zz", LanguageLevel.Native), ErrorCodes.InvalidLanguage);
    }

    [Fact]
    public async Task Register_returns_INTERVIEWER_EMAIL_TAKEN_for_an_existing_email_in_any_case()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();

        ResultAssert.Refuses(
            await scope.Get<InterviewerService>().RegisterAsync(Profile(email: "Interviewer1@Example.com"), UsdCard()), ErrorCodes.InterviewerEmailTaken);
    }

    private static InterviewerProfile Profile(string country = "GB", string timeZone = "Europe/London", string email = "new.interviewer@example.com") =>
        new("New Interviewer", email, "Principal engineer", country, timeZone);

    private static RateCard UsdCard() => new("USD", 100m, 130m);

    private static async Task MakeCompliantAsync(InterviewerService service, Guid id, DateTime now)
    {
        ResultAssert.Succeeds(await service.ClassifyAsync(id, ClassificationType.IndependentContractor, "GB"));
        ResultAssert.Succeeds(await service.RecordContractAsync(id, now.AddDays(-1), now.AddDays(365), now.AddDays(-1)));
    }

    private static async Task<InterviewerStatus> StatusOfAsync(DomainWorld world, Guid id)
    {
        await using var scope = world.AsPlatform();
        return await scope.Db.Interviewers.Where(i => i.Id == id).Select(i => i.Status).SingleAsync();
    }
}
