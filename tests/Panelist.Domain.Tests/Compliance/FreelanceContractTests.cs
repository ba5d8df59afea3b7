using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Compliance;
using Panelist.Domain.Persistence;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Compliance;

public sealed class FreelanceContractTests
{
    private static readonly ContractedService[] Interviews = [new("Structured technical interview, 60 minutes", RateUnit.PerInterview, 150m)];

    private static ContractTerms Terms(DateTime now, int? dueDays = null, IReadOnlyList<ContractedService>? services = null) =>
        new("FL-2030-001", now.AddDays(-1), now.AddDays(365), now.AddDays(-1), "USD", services ?? Interviews, dueDays);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_contract_without_a_pay_date_gets_the_30_day_default_and_a_new_version_supersedes_it(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await using var scope = world.AsPlatform();
        var service = scope.Get<FreelanceContractService>();

        var first = ResultAssert.Succeeds(await service.RecordAsync(world.InterviewerId, Terms(world.Now)));
        var second = ResultAssert.Succeeds(await service.RecordAsync(world.InterviewerId, Terms(world.Now, dueDays: 14) with { ExpiresAt = world.Now.AddDays(30) }));

        Assert.Equal((1, 30, true), (first.Version, first.PaymentDueDays, first.PaymentDateDefaulted));
        Assert.Equal((2, 14, false), (second.Version, second.PaymentDueDays, second.PaymentDateDefaulted));
        var stored = await scope.Db.FreelanceContracts.AsNoTracking().Where(c => c.InterviewerId == world.InterviewerId).OrderBy(c => c.Version).ToListAsync();
        Assert.NotNull(stored[0].SupersededAt);
        Assert.Null(stored[1].SupersededAt);
        Assert.Equal(Interviews, stored[1].Services);
        var interviewer = await scope.Db.Interviewers.AsNoTracking().SingleAsync(i => i.Id == world.InterviewerId);
        Assert.Equal(world.Now.AddDays(30), interviewer.ContractExpiresAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(60)]
    public async Task RecordContract_returns_PAYMENT_TERMS_OUT_OF_RANGE_for_a_pay_date_beyond_30_days(int days)
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();

        var error = ResultAssert.Refuses(await scope.Get<FreelanceContractService>().RecordAsync(world.InterviewerId, Terms(world.Now, days)), ErrorCodes.PaymentTermsOutOfRange);

        Assert.Equal("paymentDueDays", error.Field);
        Assert.False(await scope.Db.FreelanceContracts.AnyAsync());
    }

    [Fact]
    public async Task RecordContract_returns_CONTRACT_SERVICES_MISSING_without_itemized_services()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();

        var error = ResultAssert.Refuses(await scope.Get<FreelanceContractService>().RecordAsync(world.InterviewerId, Terms(world.Now, services: [])), ErrorCodes.ContractServicesMissing);

        Assert.Equal("services", error.Field);
    }

    [Fact]
    public async Task RecordContract_names_the_service_whose_description_is_missing()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();

        var error = ResultAssert.Refuses(await scope.Get<FreelanceContractService>().RecordAsync(world.InterviewerId,
            Terms(world.Now, services: [Interviews[0], new(" ", RateUnit.PerHour, 90m)])), ErrorCodes.ValidationFailed);

        Assert.Equal("services.1.description", error.Field);
    }

    [Fact]
    public async Task Only_a_platform_admin_records_a_contract()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsInterviewer();

        ResultAssert.Refuses(await scope.Get<FreelanceContractService>().RecordAsync(world.InterviewerId, Terms(world.Now)), ErrorCodes.Forbidden);
    }
}
