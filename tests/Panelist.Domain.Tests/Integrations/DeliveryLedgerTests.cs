using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Integrations;

/// <summary>How the ledger settles what the dispatcher reports, attempt by attempt.</summary>
public sealed class DeliveryLedgerTests
{
    private static readonly RetryPolicy ThreeAttempts = new(3, TimeSpan.Zero, TimeSpan.Zero);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Failures_are_retried_then_dead_lettered_and_an_open_circuit_marks_the_installation_failing(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var installationId = await InstallAsync(world);
        await world.ScheduleInterviewAsync(DomainWorld.Day(2));

        Assert.Equal(1, await RoundAsync(world, new DeliveryOutcome.Postponed(TimeSpan.Zero, "circuit open", CircuitOpen: true)));
        Assert.Equal(InstallationStatus.Failing, (await InstallationAsync(world, installationId)).Status);
        Assert.Equal(0, (await DeliveryAsync(world)).Attempts);
        Assert.Equal(1, await RoundAsync(world, new DeliveryOutcome.Failed("HTTP 503")));
        Assert.Equal(1, await RoundAsync(world, new DeliveryOutcome.Failed("HTTP 503")));
        Assert.Equal(1, await RoundAsync(world, new DeliveryOutcome.Failed("HTTP 500")));
        Assert.Equal(0, await RoundAsync(world, new DeliveryOutcome.Delivered("never")));

        var delivery = await DeliveryAsync(world);
        Assert.Equal(DeliveryStatus.DeadLettered, delivery.Status);
        Assert.Equal(3, delivery.Attempts);
        Assert.Contains("HTTP 500", delivery.LastError, StringComparison.Ordinal);
        var actions = (await world.AuditEntriesAsync(world.OrganizationId)).Select(e => e.Action).ToList();
        Assert.Contains("connector.failing", actions);
        Assert.Contains("delivery.dead_lettered", actions);
    }

    [Fact]
    public async Task A_delivered_event_settles_the_delivery_and_brings_a_failing_installation_back()
    {
        await using var world = await DomainWorld.CreateAsync();
        var installationId = await InstallAsync(world);
        await world.ScheduleInterviewAsync(DomainWorld.Day(2));
        await RoundAsync(world, new DeliveryOutcome.Postponed(TimeSpan.Zero, "circuit open", CircuitOpen: true));

        await RoundAsync(world, new DeliveryOutcome.Delivered("ats-123"));

        var delivery = await DeliveryAsync(world);
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal("ats-123", delivery.ExternalId);
        Assert.Equal(InstallationStatus.Active, (await InstallationAsync(world, installationId)).Status);
        Assert.Contains("connector.recovered", (await world.AuditEntriesAsync(world.OrganizationId)).Select(e => e.Action));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_throttle_spends_no_attempt_and_holds_every_delivery_of_the_installation_until_it_ends(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var installationId = await InstallAsync(world);
        await world.ScheduleInterviewAsync(DomainWorld.Day(2));
        await world.ScheduleInterviewAsync(DomainWorld.Day(3));

        Assert.Equal(1, await RoundAsync(world, (_, _) => Task.FromResult<DeliveryOutcome>(new DeliveryOutcome.Throttled(TimeSpan.FromMinutes(10), "HTTP 429")), batch: 1));
        Assert.Equal(0, await RoundAsync(world, new DeliveryOutcome.Delivered("too early")));

        var installation = await InstallationAsync(world, installationId);
        Assert.Equal(world.Now.AddMinutes(10), installation.ThrottledUntil);
        Assert.Equal(InstallationStatus.Active, installation.Status);
        Assert.All(await DeliveriesAsync(world), d => Assert.Equal(0, d.Attempts));
        world.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(2, await RoundAsync(world, new DeliveryOutcome.Delivered("ats-1")));
        Assert.All(await DeliveriesAsync(world), d => Assert.Equal((DeliveryStatus.Delivered, 1), (d.Status, d.Attempts)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Overlong_connector_strings_are_truncated_with_a_marker_and_settle_with_the_rest_of_the_batch(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await InstallAsync(world);
        await world.ScheduleInterviewAsync(DomainWorld.Day(2));
        await world.ScheduleInterviewAsync(DomainWorld.Day(3));
        var turn = 0;

        await RoundAsync(world, (_, _) => Task.FromResult<DeliveryOutcome>(Interlocked.Increment(ref turn) == 1
            ? new DeliveryOutcome.Delivered(new string('i', 500))
            : new DeliveryOutcome.Refused(new string('C', 300), new string('r', 5000))));

        var deliveries = await DeliveriesAsync(world);
        var delivered = Assert.Single(deliveries, d => d.Status == DeliveryStatus.Delivered);
        var refused = Assert.Single(deliveries, d => d.Status == DeliveryStatus.DeadLettered);
        Assert.Equal(BoundedText.ExternalIdLength, delivered.ExternalId!.Length);
        Assert.EndsWith(BoundedText.Marker, delivered.ExternalId, StringComparison.Ordinal);
        Assert.Equal(BoundedText.ErrorLength, refused.LastError!.Length);
        Assert.EndsWith(BoundedText.Marker, refused.LastError, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Delivered_rows_are_pruned_after_the_retention_while_dead_letters_stay(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await InstallAsync(world);
        await world.ScheduleInterviewAsync(DomainWorld.Day(2));
        await world.ScheduleInterviewAsync(DomainWorld.Day(3));
        var turn = 0;
        await RoundAsync(world, (_, _) => Task.FromResult<DeliveryOutcome>(Interlocked.Increment(ref turn) == 1
            ? new DeliveryOutcome.Delivered("ats-1")
            : new DeliveryOutcome.Refused("HTTP_422", "closed")));

        await using var scope = world.Database.Scope(Actor.System("dispatcher"), Guid.Empty);
        var ledger = scope.Get<DeliveryLedger>();
        Assert.Equal(0, await ledger.PruneAsync(world.Now.AddDays(-7), default));
        world.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(1, await ledger.PruneAsync(world.Now.AddDays(-7), default));

        Assert.Equal(DeliveryStatus.DeadLettered, Assert.Single(await DeliveriesAsync(world)).Status);
    }

    private static Task<int> RoundAsync(DomainWorld world, DeliveryOutcome outcome) => RoundAsync(world, (_, _) => Task.FromResult(outcome));

    private static async Task<int> RoundAsync(DomainWorld world, Func<DueDelivery, CancellationToken, Task<DeliveryOutcome>> attempt, int batch = 10)
    {
        await using var scope = world.Database.Scope(Actor.System("dispatcher"), Guid.Empty);
        return await scope.Get<DeliveryLedger>().ProcessDueAsync("test", batch, TimeSpan.FromMinutes(1), ThreeAttempts, attempt, default);
    }

    private static async Task<List<Delivery>> DeliveriesAsync(DomainWorld world)
    {
        await using var scope = world.AsClientAdmin();
        return await scope.Db.Deliveries.AsNoTracking().ToListAsync();
    }

    private static async Task<Guid> InstallAsync(DomainWorld world)
    {
        await using var scope = world.AsClientAdmin();
        var installation = new ConnectorInstallation(world.OrganizationId, "greenhouse", "Greenhouse", "{}", "", [IntegrationEventType.InterviewScheduled]);
        scope.Db.ConnectorInstallations.Add(installation);
        await scope.Db.SaveChangesAsync();
        return installation.Id;
    }

    private static async Task<ConnectorInstallation> InstallationAsync(DomainWorld world, Guid id)
    {
        await using var scope = world.AsClientAdmin();
        return await scope.Db.ConnectorInstallations.AsNoTracking().SingleAsync(i => i.Id == id);
    }

    private static async Task<Delivery> DeliveryAsync(DomainWorld world)
    {
        await using var scope = world.AsClientAdmin();
        return await scope.Db.Deliveries.AsNoTracking().SingleAsync();
    }
}
