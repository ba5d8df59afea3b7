using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;
using Panelist.Testing.Events;

namespace Panelist.Api.Tests.Connectors;

/// <summary>What client admins see of failing deliveries, and how they release the events held behind a dead letter.</summary>
public sealed class DeliveryAdministrationTests
{
    private const string Skip = "mutation($id: ID!) { skipDelivery(input: { deliveryId: $id }) { delivery { status lastError } errors { code path } } }";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Client_admins_see_delivery_failures_on_the_installation_and_skip_a_dead_letter_to_release_what_waits_behind_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organization, create, reschedule) = await ArrangeAsync(database);
        await using var api = new PanelistApiFactory(database, ("Plugins:PluginsPath", RepositoryPaths.Plugins), ("Plugins:WatchForChanges", "false"));
        using var admin = api.ClientAs(Role.ClientAdmin, organization);
        using var recruiter = api.ClientAs(Role.Recruiter, organization);

        var seen = await admin.PostAsync("{ connectorInstallations { nodes { lastError lastErrorAt status } } deliveries { nodes { status attempts lastError } } }");
        var forbidden = await recruiter.PostAsync(Skip, new { id = GlobalId("Delivery", create) });
        var notDeadLettered = await admin.PostAsync(Skip, new { id = GlobalId("Delivery", reschedule) });
        var skipped = await admin.PostAsync(Skip, new { id = GlobalId("Delivery", create) });

        var installation = seen.Data.GetProperty("connectorInstallations").GetProperty("nodes")[0];
        Assert.Equal("HTTP 503 from the ATS", installation.GetProperty("lastError").GetString());
        Assert.Equal("ACTIVE", installation.GetProperty("status").GetString());
        Assert.Contains(seen.Data.GetProperty("deliveries").GetProperty("nodes").EnumerateArray(),
            d => d.GetProperty("status").GetString() == "DEAD_LETTERED" && d.GetProperty("lastError").GetString() == "HTTP_422: application closed");
        Assert.Equal(["FORBIDDEN"], forbidden.PayloadErrors("skipDelivery"));
        Assert.Equal(["INVALID_TRANSITION"], notDeadLettered.PayloadErrors("skipDelivery"));
        Assert.Empty(skipped.PayloadErrors("skipDelivery"));
        Assert.Equal("SKIPPED", skipped.Data.GetProperty("skipDelivery").GetProperty("delivery").GetProperty("status").GetString());
        await using var scope = database.AsSystem(organization);
        Assert.True(await scope.Db.AuditEntries.AnyAsync(e => e.Action == "delivery.skipped" && e.SubjectId == create.ToString()));
        var released = await scope.Get<DeliveryLedger>().ClaimAsync("test", 10, TimeSpan.FromMinutes(1), default);
        Assert.Equal(reschedule, Assert.Single(released).Delivery.Id);
    }

    /// <summary>A create refused by the ATS (dead-lettered), its reschedule waiting behind it, and another subject's delivery failing with a 503.</summary>
    private static async Task<(Guid Organization, Guid Create, Guid Reschedule)> ArrangeAsync(TestDatabase database)
    {
        var organization = new Organization($"dlv-{Guid.NewGuid():N}"[..16], "Delivery admin test");
        await using (var platform = database.AsSystem(Organization.PlatformId))
        {
            platform.Db.Organizations.Add(organization);
            await platform.Db.SaveChangesAsync();
        }

        await using var scope = database.AsSystem(organization.Id);
        scope.Db.ConnectorInstallations.Add(new ConnectorInstallation(organization.Id, "template", "Our ATS", """{"baseUrl":"http://127.0.0.1:1/"}""", "",
            IntegrationEventType.All));
        await scope.Db.SaveChangesAsync();
        var interview = Guid.CreateVersion7();
        foreach (var (type, subject) in new[]
                 {
                     (IntegrationEventType.InterviewScheduled, interview), (IntegrationEventType.InterviewRescheduled, interview),
                     (IntegrationEventType.InterviewScheduled, Guid.CreateVersion7()),
                 })
        {
            (await scope.Get<UnitOfWork>().ExecuteAsync(() =>
            {
                scope.Get<Outbox>().Raise(TestEvents.About(type, organization.Id, subject, 1, DateTimeOffset.UtcNow.AddDays(3)));
                return Task.FromResult(0);
            }, default)).Unwrap();
        }

        var deliveries = await scope.Db.Deliveries.AsNoTracking().OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).ToListAsync();
        await scope.Get<DeliveryLedger>().ProcessDueAsync("test", 10, TimeSpan.FromMinutes(1), new RetryPolicy(8, TimeSpan.FromHours(1), TimeSpan.FromHours(1)), (due, _) =>
            Task.FromResult<DeliveryOutcome>(due.Delivery.Id == deliveries[0].Id
                ? new DeliveryOutcome.Refused("HTTP_422", "application closed")
                : new DeliveryOutcome.Failed("HTTP 503 from the ATS")), default);
        return (organization.Id, deliveries[0].Id, deliveries[1].Id);
    }

    private static string GlobalId(string type, Guid id) => Panelist.Api.GraphQL.Relay.GlobalId.Encode(type, id);
}
