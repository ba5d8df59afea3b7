using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Hosting.Calling;
using Panelist.Plugins.Sdk.State;
using Panelist.Plugins.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Dispatch;

/// <summary>The installation's store as connectors get it from the host: durable per write, encrypted, private to its installation, gone with it.</summary>
public sealed class ConnectorStoreTests : IDisposable
{
    private readonly PluginsFolder _plugins = new();

    public ConnectorStoreTests()
    {
        _plugins.Add(PluginBuilds.Template);
        _plugins.Add(PluginBuilds.TestPlugin("stateful"));
    }

    public void Dispose() => _plugins.Dispose();

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_store_survives_RetryLater(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, _plugins.Root);
        var world = await DeliveryWorld.CreateAsync(database, host, "http://127.0.0.1:1/", "stateful");
        await world.RaiseAsync(1, IntegrationEventType.InterviewScheduled);

        await world.DrainAsync(TimeSpan.FromSeconds(20));

        // Attempt 1 wrote step one's record and returned RetryLater; attempt 2 read it back and finished.
        var delivery = Assert.Single(await world.DeliveriesAsync());
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(2, delivery.Attempts);
        Assert.Equal($"record-{delivery.EventId:N}+attached", delivery.ExternalId);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Values_are_encrypted_at_rest(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, _plugins.Root);
        var world = await DeliveryWorld.CreateAsync(database, host, "http://127.0.0.1:1/");
        var store = new InstallationStore(await world.InstallationAsync(), host.Services.GetRequiredService<IServiceScopeFactory>());

        await store.SetAsync("oauth:refresh-token", "rt-very-secret-4711", default);

        await using var scope = database.AsSystem(world.OrganizationId);
        var raw = Assert.Single(await scope.Db.Database.SqlQuery<string>($"""SELECT "ProtectedValue" AS "Value" FROM "ConnectorState" """).ToListAsync());
        Assert.DoesNotContain("rt-very-secret-4711", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("oauth", raw, StringComparison.Ordinal);
        Assert.Equal("rt-very-secret-4711", await store.GetAsync("oauth:refresh-token", default));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_installation_cannot_read_the_store_even_with_a_copied_row(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, _plugins.Root);
        var scopes = host.Services.GetRequiredService<IServiceScopeFactory>();
        var ours = await DeliveryWorld.CreateAsync(database, host, "http://127.0.0.1:1/");
        var theirs = await DeliveryWorld.CreateAsync(database, host, "http://127.0.0.1:1/");
        var ourStore = new InstallationStore(await ours.InstallationAsync(), scopes);
        var theirStore = new InstallationStore(await theirs.InstallationAsync(), scopes);

        await ourStore.SetAsync("vendor-id", "ours-1", default);
        var before = await theirStore.GetAsync("vendor-id", default);
        await theirStore.SetAsync("vendor-id", "theirs-1", default);
        Assert.False(await theirStore.RemoveAsync("only-ours", default));

        Assert.Null(before);
        Assert.Equal("ours-1", await ourStore.GetAsync("vendor-id", default));
        Assert.Equal("theirs-1", await theirStore.GetAsync("vendor-id", default));

        // Ciphertext moved into another installation's row by someone with database access does not decrypt as theirs.
        await using (var scope = database.AsSystem(ours.OrganizationId))
        {
            await scope.Db.Database.ExecuteSqlAsync($"""
                UPDATE "ConnectorState" SET "ProtectedValue" = (SELECT "ProtectedValue" FROM "ConnectorState" WHERE "InstallationId" = {ours.InstallationId})
                WHERE "InstallationId" = {theirs.InstallationId}
                """);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => theirStore.GetAsync("vendor-id", default));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_store_and_the_interviewer_mappings_are_removed_with_the_installation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, _plugins.Root);
        var world = await DeliveryWorld.CreateAsync(database, host, "http://127.0.0.1:1/");
        var other = await DeliveryWorld.CreateAsync(database, host, "http://127.0.0.1:1/");
        var scopes = host.Services.GetRequiredService<IServiceScopeFactory>();
        await new InstallationStore(await world.InstallationAsync(), scopes).SetAsync("token", "t-1", default);
        await new InstallationStore(await other.InstallationAsync(), scopes).SetAsync("token", "t-2", default);
        var interviewer = await Interviewers.AddAsync(database, "store-uninstall");
        await using (var scope = database.AsSystem(world.OrganizationId))
        {
            (await scope.Get<InterviewerMappingService>().MapAsync(world.InstallationId, interviewer, "vendor-7")).Unwrap();
        }

        // As ConnectorInstallationService.UninstallAsync removes it (the API test uninstalls through GraphQL).
        await using (var scope = database.AsSystem(world.OrganizationId))
        {
            scope.Db.ConnectorInstallations.Remove(await scope.Db.ConnectorInstallations.SingleAsync(i => i.Id == world.InstallationId));
            await scope.Db.SaveChangesAsync();
        }

        await using var check = database.AsSystem(world.OrganizationId);
        Assert.Equal([other.InstallationId], await check.Db.ConnectorState.IgnoreQueryFilters().Select(e => e.InstallationId).ToListAsync());
        Assert.False(await check.Db.InterviewerMappings.IgnoreQueryFilters().AnyAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Keys_and_values_over_the_limits_are_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, _plugins.Root);
        var world = await DeliveryWorld.CreateAsync(database, host, "http://127.0.0.1:1/");
        var store = new InstallationStore(await world.InstallationAsync(), host.Services.GetRequiredService<IServiceScopeFactory>());
        var longest = new string('é', ConnectorStoreLimits.MaxValueLength);

        var longKey = await Assert.ThrowsAsync<ArgumentException>(() => store.SetAsync(new string('k', ConnectorStoreLimits.MaxKeyLength + 1), "v", default));
        var longValue = await Assert.ThrowsAsync<ArgumentException>(() => store.SetAsync("k", longest + "x", default));
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetAsync("", default));
        await store.SetAsync(new string('k', ConnectorStoreLimits.MaxKeyLength), longest, default);

        Assert.Contains("at most 200 characters", longKey.Message, StringComparison.Ordinal);
        Assert.Contains("at most 16384 characters", longValue.Message, StringComparison.Ordinal);
        Assert.Equal(longest, await store.GetAsync(new string('k', ConnectorStoreLimits.MaxKeyLength), default));
        await using var scope = database.AsSystem(world.OrganizationId);
        Assert.Equal(1, await scope.Db.ConnectorState.CountAsync());
    }
}
