using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Dispatch;

/// <summary>The installation's circuit breaker lives in the database: two dispatchers ("replicas") on one database open and close it together.</summary>
public sealed class SharedCircuitTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_circuit_opened_by_one_replica_stops_deliveries_on_the_other_until_one_probe_closes_it(DatabaseProvider provider)
    {
        using var ats = new FakeAts(failureRate: 0, slowResponse: TimeSpan.Zero) { Down = true };
        await using var database = await TestDatabase.CreateAsync(provider);
        var cooldown = TimeSpan.FromSeconds(2);
        await using var first = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, o =>
        {
            (o.BatchSize, o.CircuitBreakerThreshold, o.CircuitBreakerCooldown) = (2, 2, cooldown);
        });
        await using var second = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, o =>
        {
            (o.CircuitBreakerThreshold, o.CircuitBreakerCooldown) = (2, cooldown);
        });
        var world = await DeliveryWorld.CreateAsync(database, first, ats.BaseUrl);
        await world.RaiseAsync(4, IntegrationEventType.InterviewScheduled);

        // The first replica's two failed calls open the circuit.
        Assert.Equal(2, await first.Dispatcher.DispatchOnceAsync(first.Dispatcher.CreateAttempt(), default));
        var opened = await world.InstallationAsync();
        Assert.Equal((InstallationStatus.Failing, 2), (opened.Status, opened.FailuresInARow));
        Assert.NotNull(opened.CircuitOpenUntil);

        // The second replica, which has seen no failure itself, claims nothing while it is open.
        Assert.Equal(0, await second.Dispatcher.DispatchOnceAsync(second.Dispatcher.CreateAttempt(), default));
        Assert.Equal(2, ats.Requests);

        // After the cooldown the vendor is back: of the four due deliveries one probes, the others wait for its verdict.
        ats.Down = false;
        await Task.Delay(cooldown + TimeSpan.FromMilliseconds(300));
        Assert.Equal(4, await second.Dispatcher.DispatchOnceAsync(second.Dispatcher.CreateAttempt(), default));
        Assert.Equal(3, ats.Requests);
        var closed = await world.InstallationAsync();
        Assert.Equal((InstallationStatus.Active, 0, null), (closed.Status, closed.FailuresInARow, closed.CircuitOpenUntil));

        await world.DrainAsync(TimeSpan.FromSeconds(15));
        Assert.All(await world.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        Assert.Equal(4, ats.Stored.Count);
    }
}
