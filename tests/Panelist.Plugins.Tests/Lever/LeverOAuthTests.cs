using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Hosting.Calling;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Lever;

/// <summary>Lever OAuth with a refresh token that rotates on every use: concurrent deliveries and replicas must never lose it.</summary>
public sealed class LeverOAuthTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Concurrent_deliveries_that_find_no_token_refresh_once_and_share_the_rotated_token(DatabaseProvider provider)
    {
        // A slow token answer keeps the first refresh in flight while the others start. The request timeout is generous:
        // a token request cut off after the vendor rotated would lose the token for any client, which is not this test.
        using var lever = new FakeLever { TokenDelay = TimeSpan.FromMilliseconds(400) };
        LeverWorld.Seed(lever);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, requestTimeout: TimeSpan.FromSeconds(5));
        var world = await CreateAsync(lever, database, host);

        await world.RaiseAsync(
            world.Scheduled(Guid.CreateVersion7(), DateTimeOffset.UtcNow.AddDays(2)),
            world.Scheduled(Guid.CreateVersion7(), DateTimeOffset.UtcNow.AddDays(3)),
            world.Submitted(Guid.CreateVersion7(), Guid.CreateVersion7()));
        await world.DrainAsync(TimeSpan.FromSeconds(30));

        // (The host's pacing of 10 requests/s may defer a delivery to a second attempt; what matters is that none is refused.)
        Assert.All(await world.DeliveriesAsync(), d => Assert.True(d.Status == DeliveryStatus.Delivered, $"{d.Status} after {d.Attempts}: {d.LastError}"));
        Assert.Equal(1, lever.TokenExchanges);
        Assert.Equal(lever.RefreshToken, await (await StoreAsync(world, host)).GetAsync("oauth:refresh", default));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_invalid_grant_while_another_replica_rotates_the_token_waits_for_the_rotated_token_instead_of_rejecting(DatabaseProvider provider)
    {
        using var lever = new FakeLever();
        LeverWorld.Seed(lever);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await CreateAsync(lever, database, host);
        var store = await StoreAsync(world, host);
        Task? otherReplica = null;
        lever.BeforeToken = () =>
        {
            if (otherReplica is not null)
            {
                return;
            }

            // Another replica spends refresh-1 first; Lever's answer reaches its store half a second later.
            var (_, rotated) = lever.Issue();
            otherReplica = Task.Run(async () =>
            {
                await Task.Delay(500);
                await store.SetAsync("oauth:refresh", rotated, default);
            });
        };

        await world.RaiseAsync(world.Scheduled(Guid.CreateVersion7(), DateTimeOffset.UtcNow.AddDays(2)));
        await world.DrainAsync(TimeSpan.FromSeconds(30));
        await otherReplica!;

        var delivery = Assert.Single(await world.DeliveriesAsync());
        Assert.True((delivery.Status, delivery.Attempts) == (DeliveryStatus.Delivered, 1), $"{delivery.Status} after {delivery.Attempts}: {delivery.LastError}");
        Assert.Equal(2, lever.TokenExchanges);
        Assert.Equal(lever.RefreshToken, await store.GetAsync("oauth:refresh", default));
    }

    private static async Task<LeverWorld> CreateAsync(FakeLever lever, TestDatabase database, DispatcherHost host)
    {
        var settings = LeverWorld.Settings(lever);
        settings["authMode"] = "oauth";
        settings["oauthTokenUrl"] = lever.TokenUrl;
        settings["oauthClientId"] = "client";
        return await LeverWorld.CreateAsync(database, host, settings, new() { ["oauthClientSecret"] = "client-secret", ["oauthRefreshToken"] = lever.RefreshToken });
    }

    private static async Task<InstallationStore> StoreAsync(LeverWorld world, DispatcherHost host) =>
        new(await world.InstallationAsync(), host.Services.GetRequiredService<IServiceScopeFactory>());
}
