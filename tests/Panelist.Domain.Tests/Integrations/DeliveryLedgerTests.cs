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

    private static async Task<int> RoundAsync(DomainWorld world, DeliveryOutcome outcome)
    {
        await using var scope = world.Database.Scope(Actor.System("dispatcher"), Guid.Empty);
        return await scope.Get<DeliveryLedger>().ProcessDueAsync("test", 10, TimeSpan.FromMinutes(1), ThreeAttempts, (_, _) => Task.FromResult(outcome), default);
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
