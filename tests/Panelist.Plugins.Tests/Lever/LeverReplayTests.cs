using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Lever;

/// <summary>Lever has no idempotency key: a panel create that landed but was never recorded must be found, not repeated.</summary>
public sealed class LeverReplayTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_replay_after_a_ghost_panel_create_or_a_lost_store_finds_the_panel_and_creates_nothing_new(DatabaseProvider provider)
    {
        using var lever = new FakeLever { GhostNextPanel = true, GhostDelay = DispatcherHost.LoadedSlowAnswer };
        LeverWorld.Seed(lever);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, requestTimeout: DispatcherHost.LoadedRequestTimeout);
        var world = await LeverWorld.CreateAsync(database, host, LeverWorld.Settings(lever), new() { ["apiKey"] = FakeLever.ApiKey });
        var interviewId = Guid.CreateVersion7();
        var start = DateTimeOffset.UtcNow.AddDays(2);

        // Lever commits the panel but answers after the request timeout: the attempt ends as RetryLater with nothing stored.
        await world.RaiseAsync(world.Scheduled(interviewId, start));
        await world.DrainAsync(TimeSpan.FromSeconds(30));

        var panel = Assert.Single(lever.Panels.Values);
        Assert.Single(lever.Writes, w => w.Method == "POST");
        var delivery = Assert.Single(await world.DeliveriesAsync());
        Assert.True((delivery.Status, delivery.Attempts) == (DeliveryStatus.Delivered, 2), $"{delivery.Status} after {delivery.Attempts}: {delivery.LastError}");
        Assert.Equal(panel["id"]!.GetValue<string>(), delivery.ExternalId);

        // The host crashed after the create, before the ids were stored: the replayed schedule finds the panel again.
        await using (var scope = database.AsSystem(world.OrganizationId))
        {
            scope.Db.ConnectorState.RemoveRange(await scope.Db.ConnectorState.ToListAsync());
            await scope.Db.SaveChangesAsync();
        }

        await world.RaiseAsync(world.Scheduled(interviewId, start));
        await world.DrainAsync(TimeSpan.FromSeconds(30));

        Assert.Single(lever.Panels.Values);
        Assert.Single(lever.Writes, w => w.Method == "POST");
        Assert.All(await world.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        Assert.Contains(PanelKey(interviewId), await world.StoreKeysAsync());
    }

    private static string PanelKey(Guid interviewId) => $"panel:{interviewId:N}";
}
