using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Dispatch;

/// <summary>
/// A throttle only the connector can read (SDK 1.1 <c>RetryLater.ThrottledUntil</c>): the template maps a 503 with an
/// exhausted <c>X-RateLimit-*</c> allowance, which the host's handler does not see as a throttle, on both providers.
/// </summary>
public sealed class ConnectorThrottleTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_connector_declared_throttle_holds_the_installations_other_deliveries_until_then_and_spends_no_attempt(DatabaseProvider provider)
    {
        using var ats = new FakeAts(failureRate: 0, slowResponse: TimeSpan.Zero) { ExhaustedFor = TimeSpan.FromSeconds(2) };
        await using var database = await TestDatabase.CreateAsync(provider);

        // One delivery per round, so that what waits is the installation's other deliveries; one failure would open the circuit.
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, o =>
        {
            o.BatchSize = 1;
            o.CircuitBreakerThreshold = 1;
            o.CircuitBreakerCooldown = TimeSpan.FromSeconds(30);
        });
        var world = await DeliveryWorld.CreateAsync(database, host, ats.BaseUrl);
        await world.RaiseAsync(5, IntegrationEventType.InterviewScheduled);

        await world.DrainAsync(TimeSpan.FromSeconds(30));

        var deliveries = await world.DeliveriesAsync();
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        Assert.All(deliveries, d => Assert.Equal(1, d.Attempts));
        Assert.Equal(5, ats.Stored.Count);
        Assert.Equal(1, ats.Throttled);
        var arrivals = ats.Arrivals.ToList();
        Assert.Equal(6, arrivals.Count);
        Assert.All(arrivals.Skip(1), at => Assert.True(at >= ats.ExhaustedUntil, $"A request arrived at {at:O}, before the throttle ended at {ats.ExhaustedUntil:O}."));
        var installation = await world.InstallationAsync();
        Assert.Equal(InstallationStatus.Active, installation.Status);
        Assert.Equal(ats.ExhaustedUntil.UtcDateTime, installation.ThrottledUntil!.Value, TimeSpan.FromSeconds(1));
    }
}
