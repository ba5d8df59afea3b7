using System.Diagnostics;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Dispatch;

/// <summary>
/// The default local run: SQLite, the template connector with its own 10 requests/s limit. The rate-limit
/// bookkeeping must never wait on a transaction the dispatcher itself holds, and API writes go on meanwhile.
/// </summary>
public sealed class LocalRunDeliveryTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_rate_limited_template_delivers_within_seconds_while_API_writes_go_through(DatabaseProvider provider)
    {
        using var ats = new FakeAts(failureRate: 0, slowResponse: TimeSpan.Zero);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await DeliveryWorld.CreateAsync(database, host, ats.BaseUrl);
        await world.RaiseAsync(12, IntegrationEventType.InterviewScheduled);

        var clock = Stopwatch.StartNew();
        var drain = world.DrainAsync(TimeSpan.FromSeconds(20));
        await Task.Delay(300);
        var write = Stopwatch.StartNew();
        await using (var scope = database.AsSystem(world.OrganizationId))
        {
            var installation = await scope.Db.ConnectorInstallations.FindAsync(world.InstallationId);
            installation!.Reconfigure(installation.SettingsJson, installation.ProtectedSecrets, IntegrationEventType.All);
            scope.Db.Entry(installation).Property(i => i.Name).IsModified = true;
            await scope.Db.SaveChangesAsync();
        }

        write.Stop();
        await drain;

        var deliveries = await world.DeliveriesAsync();
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        Assert.Equal(12, ats.Stored.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"delivery took {clock.Elapsed}");
        Assert.True(write.Elapsed < TimeSpan.FromSeconds(3), $"an API write waited {write.Elapsed}");
    }
}
