using Panelist.Domain.Candidates;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Plugins.Tests.Support;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Lever;

/// <summary>
/// Lever documents no endpoint that deletes or anonymizes a candidate, so an erasure sends Lever nothing and its receipt
/// names the profile a Lever Super Admin must delete; through the built plugin on the real host.
/// </summary>
public sealed class LeverErasureTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_erased_candidate_sends_Lever_nothing_and_the_receipt_names_the_opportunity_a_Super_Admin_must_delete(DatabaseProvider provider)
    {
        using var lever = new FakeLever();
        LeverWorld.Seed(lever);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var settings = LeverWorld.Settings(lever);
        settings["opportunityReference"] = "candidateId";
        var world = await LeverWorld.CreateAsync(database, host, settings, new() { ["apiKey"] = FakeLever.ApiKey });

        var candidate = await Erasures.EraseAsync(host, world.OrganizationId, LeverWorld.Opportunity);
        await world.DrainAsync(Within);

        Assert.Empty(lever.Journal);
        var delivery = Assert.Single(await world.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Delivered, LeverWorld.Opportunity), (delivery.Status, delivery.ExternalId));
        var receipt = await Erasures.ReceiptAsync(database, world.OrganizationId, candidate, world.InstallationId);
        Assert.Equal((ErasureStatus.ManualStepRequired, "lever"), (receipt.Status, receipt.Processor));
        Assert.Equal(
            "Lever's API offers no way to delete or anonymize a candidate. A Lever Super Admin must open the profile of Lever opportunity opp-1 "
            + "and delete the candidate there, with all of their opportunities.", receipt.Detail);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_erased_candidate_without_a_Lever_id_still_settles_with_a_manual_step_instead_of_a_refusal(DatabaseProvider provider)
    {
        using var lever = new FakeLever();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await LeverWorld.CreateAsync(database, host, LeverWorld.Settings(lever), new() { ["apiKey"] = FakeLever.ApiKey });

        var candidate = await Erasures.EraseAsync(host, world.OrganizationId, null);
        await world.DrainAsync(Within);

        Assert.Empty(lever.Journal);
        Assert.Equal(DeliveryStatus.Delivered, Assert.Single(await world.DeliveriesAsync()).Status);
        var receipt = await Erasures.ReceiptAsync(database, world.OrganizationId, candidate, world.InstallationId);
        Assert.Equal((ErasureStatus.ManualStepRequired,
            "Panelist holds no Lever id for this candidate, so it cannot name the profile. A Lever Super Admin must find the candidate in Lever and delete the profile."),
            (receipt.Status, receipt.Detail));
    }
}
