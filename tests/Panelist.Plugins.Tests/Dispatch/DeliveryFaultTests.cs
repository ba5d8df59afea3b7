using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Hosting.Calling;
using Panelist.Testing;
using Panelist.Testing.Databases;
using SdkEvent = Panelist.Plugins.Sdk.Events.IntegrationEvent;

namespace Panelist.Plugins.Tests.Dispatch;

/// <summary>What a real vendor does to the delivery engine — throttling storms, dying replicas, odd answers, refusals — on both providers.</summary>
public sealed class DeliveryFaultTests
{
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_vendor_wide_429_storm_delays_deliveries_but_spends_no_attempts(DatabaseProvider provider)
    {
        using var ats = new FakeAts(failureRate: 0, slowResponse: TimeSpan.Zero) { StormLength = TimeSpan.FromSeconds(2.5) };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, o => o.CircuitBreakerThreshold = 2);
        var world = await DeliveryWorld.CreateAsync(database, host, ats.BaseUrl);
        await world.RaiseAsync(10, IntegrationEventType.InterviewScheduled);

        await world.DrainAsync(TimeSpan.FromSeconds(30));

        var deliveries = await world.DeliveriesAsync();
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        // Says why when an attempt was spent: a throttle must never cost one.
        Assert.All(deliveries, d => Assert.True(d.Attempts == 1, $"{d.Attempts} attempts; last error: {d.LastError}"));
        Assert.Equal(10, ats.Stored.Count);
        Assert.InRange(ats.Throttled, 1, 30);
        var installation = await world.InstallationAsync();
        Assert.Equal(InstallationStatus.Active, installation.Status);
        Assert.NotNull(installation.ThrottledUntil);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_replica_killed_between_call_and_settle_loses_its_lease_and_the_row_is_delivered_once(DatabaseProvider provider)
    {
        using var ats = new FakeAts(failureRate: 0, slowResponse: TimeSpan.Zero);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, o => o.LeaseDuration = TimeSpan.FromSeconds(2));
        var world = await DeliveryWorld.CreateAsync(database, host, ats.BaseUrl);
        await world.RaiseAsync(1, IntegrationEventType.InterviewScheduled);

        // The dying replica claims the row and calls the ATS, then never settles.
        DueDelivery claimed;
        await using (var dying = database.AsSystem(Guid.Empty))
        {
            claimed = Assert.Single(await dying.Get<DeliveryLedger>().ClaimAsync("dying-replica", 10, TimeSpan.FromSeconds(2), default));
        }

        var sdkEvent = JsonSerializer.Deserialize<SdkEvent>(claimed.Delivery.PayloadJson, EventJson)!;
        await host.Services.GetRequiredService<ConnectorCaller>().DeliverAsync(claimed.Installation, claimed.Delivery.IdempotencyKey, sdkEvent, default);
        Assert.Equal(0, await host.Dispatcher.DispatchOnceAsync(host.Dispatcher.CreateAttempt(), default));

        await world.DrainAsync(TimeSpan.FromSeconds(15));
        await using (var late = database.AsSystem(Guid.Empty))
        {
            await late.Get<DeliveryLedger>().SettleAsync("dying-replica", [(claimed.Delivery.Id, new DeliveryOutcome.Failed("woke up late"))],
                RetryPolicy.Default, default);
        }

        var delivery = Assert.Single(await world.DeliveriesAsync());
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(1, delivery.Attempts);
        Assert.Null(delivery.LeaseOwner);
        Assert.Equal(2, ats.Requests);
        Assert.Single(ats.Stored);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_oversized_external_id_is_stored_truncated_and_nothing_else_is_replayed(DatabaseProvider provider)
    {
        using var ats = new FakeAts(failureRate: 0, slowResponse: TimeSpan.Zero)
        {
            IdFor = e => e.GetProperty("ats").GetProperty("candidateId").GetString() == "cand-0" ? new string('x', 300) : null,
        };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await DeliveryWorld.CreateAsync(database, host, ats.BaseUrl);
        await world.RaiseAsync(5, IntegrationEventType.InterviewScheduled);

        await world.DrainAsync(TimeSpan.FromSeconds(15));

        var deliveries = await world.DeliveriesAsync();
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        var oversized = Assert.Single(deliveries, d => d.ExternalId!.StartsWith('x'));
        Assert.Equal(BoundedText.ExternalIdLength, oversized.ExternalId!.Length);
        Assert.EndsWith(BoundedText.Marker, oversized.ExternalId, StringComparison.Ordinal);
        Assert.Equal(5, ats.Requests);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_dead_lettered_create_holds_its_reschedule_until_it_is_skipped(DatabaseProvider provider)
    {
        using var ats = new FakeAts(failureRate: 0, slowResponse: TimeSpan.Zero)
        {
            Refuse = e => e.GetProperty("type").GetString() == IntegrationEventType.InterviewScheduled
                && e.GetProperty("ats").GetProperty("candidateId").GetString() == "cand-0",
        };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await DeliveryWorld.CreateAsync(database, host, ats.BaseUrl);
        var interviews = await world.RaiseAsync(2, IntegrationEventType.InterviewScheduled, IntegrationEventType.InterviewRescheduled);

        await world.DrainUntilAsync(async () => await world.PendingAsync() == 1, TimeSpan.FromSeconds(15));
        await host.Dispatcher.DispatchOnceAsync(host.Dispatcher.CreateAttempt(), default);

        var held = await world.DeliveriesAsync();
        var create = Assert.Single(held, d => d.Status == DeliveryStatus.DeadLettered);
        var reschedule = Assert.Single(held, d => d.Status == DeliveryStatus.Pending);
        Assert.Equal((create.OrderingKey, IntegrationEventType.InterviewRescheduled, 0), (reschedule.OrderingKey, reschedule.EventType, reschedule.Attempts));
        Assert.Equal(interviews[0].ToString("N"), reschedule.OrderingKey);
        Assert.False(ats.Stored.ContainsKey(reschedule.IdempotencyKey));
        Assert.Equal(2, held.Count(d => d.Status == DeliveryStatus.Delivered));

        await using (var admin = database.Scope(Actor.User("admin", Role.ClientAdmin), world.OrganizationId))
        {
            (await admin.Db.Deliveries.FindAsync(create.Id))!.Skip("skipped by the test");
            await admin.Db.SaveChangesAsync();
        }

        await world.DrainAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(DeliveryStatus.Delivered, (await world.DeliveriesAsync()).Single(d => d.Id == reschedule.Id).Status);
        Assert.True(ats.Stored.ContainsKey(reschedule.IdempotencyKey));
    }
}
