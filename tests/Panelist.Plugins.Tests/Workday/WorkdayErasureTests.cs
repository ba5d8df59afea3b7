using Panelist.Domain.Candidates;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Plugins.Tests.Support;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Workday;

/// <summary>
/// Workday Recruiting's web service has no operation that erases a candidate, so an erasure makes no SOAP call and its
/// receipt names the purge task and the candidate for the client's Workday administrator; through the built plugin on the real host.
/// </summary>
public sealed class WorkdayErasureTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_erased_candidate_makes_no_call_and_the_receipt_names_the_configured_purge_task_and_the_candidate(DatabaseProvider provider)
    {
        using var workday = new FakeWorkday();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var settings = WorkdayWorld.Settings(workday);
        settings["erasureTask"] = "Purge Candidate Data";
        var configured = await WorkdayWorld.CreateAsync(database, host, settings, WorkdayWorld.Secrets());
        var plain = await WorkdayWorld.CreateAsync(database, host, WorkdayWorld.Settings(workday), WorkdayWorld.Secrets());

        var first = await Erasures.EraseAsync(host, configured.OrganizationId, "C00042");
        var second = await Erasures.EraseAsync(host, plain.OrganizationId, "C00043");
        await configured.DrainAsync(Within);
        await plain.DrainAsync(Within);

        Assert.Empty(workday.Calls);
        Assert.Empty(workday.RefreshTokensUsed);
        var delivery = Assert.Single(await configured.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Delivered, "C00042"), (delivery.Status, delivery.ExternalId));
        var named = await Erasures.ReceiptAsync(database, configured.OrganizationId, first, configured.InstallationId);
        Assert.Equal((ErasureStatus.ManualStepRequired, "workday",
            "Workday Recruiting's web service cannot erase a candidate. A Workday administrator of tenant acme_impl must run the task \"Purge Candidate Data\" for candidate C00042."),
            (named.Status, named.Processor, named.Detail));
        var generic = await Erasures.ReceiptAsync(database, plain.OrganizationId, second, plain.InstallationId);
        Assert.Equal((ErasureStatus.ManualStepRequired,
            "Workday Recruiting's web service cannot erase a candidate. A Workday administrator of tenant acme_impl must run your tenant's candidate data purge task for candidate C00043."),
            (generic.Status, generic.Detail));
    }
}
