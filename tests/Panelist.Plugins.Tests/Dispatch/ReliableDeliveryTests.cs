using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing;
using Panelist.Testing.Databases;
using Panelist.Testing.Events;

namespace Panelist.Plugins.Tests.Dispatch;

/// <summary>
/// The whole pipeline against a flaky fake ATS: outbox rows from the domain, two dispatchers on one
/// PostgreSQL, one of them stopped and replaced mid-run, the real template connector. Every event ends
/// up stored once at the ATS or dead-lettered with its reason, in order per interview.
/// </summary>
public sealed class ReliableDeliveryTests
{
    private const int Interviews = 40;

    [PostgresFact]
    public async Task Every_event_reaches_the_ATS_once_in_effect_or_is_dead_lettered_with_its_reason()
    {
        using var ats = new FakeAts(failureRate: 0.4, slowResponse: TimeSpan.FromSeconds(2));
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var first = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, requestTimeout: DispatcherHost.ShortRequestTimeout);
        var organization = await ArrangeAsync(database, first, ats);

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        Func<Task<bool>> settled = async () => await PendingAsync(database, organization) == 0;
        using var stopFirst = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
        var firstRun = first.RunAsync(settled, stopFirst.Token);
        await using var second = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, requestTimeout: DispatcherHost.ShortRequestTimeout);
        var secondRun = second.RunAsync(settled, deadline.Token);
        await Task.Delay(TimeSpan.FromSeconds(2), deadline.Token);
        await stopFirst.CancelAsync();
        await firstRun;
        await first.DisposeAsync();
        await using var replacement = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, requestTimeout: DispatcherHost.ShortRequestTimeout);
        await Task.WhenAll(secondRun, replacement.RunAsync(settled, deadline.Token));

        var deliveries = await DeliveriesAsync(database, organization);
        Assert.Equal(Interviews * 3, deliveries.Count);
        Assert.All(deliveries, d => Assert.NotEqual(DeliveryStatus.Pending, d.Status));
        Assert.All(deliveries.Where(d => d.Status == DeliveryStatus.Delivered), d => Assert.True(ats.Stored.ContainsKey(d.IdempotencyKey), d.IdempotencyKey));
        Assert.All(deliveries.Where(d => d.Status == DeliveryStatus.DeadLettered), d => Assert.False(string.IsNullOrEmpty(d.LastError)));
        Assert.True(deliveries.Count(d => d.Status == DeliveryStatus.Delivered) >= Interviews * 3 * 0.9,
            string.Join("; ", deliveries.Where(d => d.Status != DeliveryStatus.Delivered).GroupBy(d => d.LastError?[..Math.Min(400, d.LastError.Length)])
                .Select(g => $"{g.Count()} × {g.Key}")));
        Assert.True(ats.Stored.Keys.All(key => deliveries.Any(d => d.IdempotencyKey == key)), "the ATS holds an event no delivery sent");
        foreach (var perInterview in ats.Stored.Values.GroupBy(s => s.InterviewId))
        {
            var order = perInterview.OrderBy(s => s.Sequence).Select(s => s.Type).ToList();
            var expected = new[] { IntegrationEventType.InterviewScheduled, IntegrationEventType.InterviewRescheduled, IntegrationEventType.InterviewCancelled }
                .Where(order.Contains).ToList();
            Assert.Equal(expected, order);
        }

        Assert.True(ats.Requests > deliveries.Count, "the fake ATS failed nothing; the test proved nothing about retries");
    }

    private static async Task<Guid> ArrangeAsync(TestDatabase database, DispatcherHost host, FakeAts ats)
    {
        var organization = new Organization($"ats-{Guid.NewGuid():N}"[..20], "Delivery test");
        await using (var scope = database.AsSystem(Organization.PlatformId))
        {
            scope.Db.Organizations.Add(organization);
            await scope.Db.SaveChangesAsync();
        }

        await using var services = host.Services.CreateAsyncScope();
        services.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("test"), organization.Id);
        var db = services.ServiceProvider.GetRequiredService<PanelistDbContext>();
        var secrets = services.ServiceProvider.GetRequiredService<ISecretProtector>().Protect(new Dictionary<string, string> { ["apiKey"] = "test-key" });
        db.ConnectorInstallations.Add(new ConnectorInstallation(organization.Id, "template", "Fake ATS",
            $$"""{"baseUrl":"{{ats.BaseUrl}}"}""", secrets, IntegrationEventType.All));
        await db.SaveChangesAsync();

        var outbox = services.ServiceProvider.GetRequiredService<Outbox>();
        var unitOfWork = services.ServiceProvider.GetRequiredService<UnitOfWork>();
        var start = DateTimeOffset.UtcNow.AddDays(3);
        for (var n = 0; n < Interviews; n++)
        {
            var interviewId = Guid.CreateVersion7();
            foreach (var type in new[] { IntegrationEventType.InterviewScheduled, IntegrationEventType.InterviewRescheduled, IntegrationEventType.InterviewCancelled })
            {
                (await unitOfWork.ExecuteAsync(() =>
                {
                    outbox.Raise(TestEvents.About(type, organization.Id, interviewId, n, start));
                    return Task.FromResult(true);
                }, default)).Unwrap();
            }
        }

        return organization.Id;
    }

    private static async Task<int> PendingAsync(TestDatabase database, Guid organization)
    {
        await using var scope = database.AsSystem(organization);
        return await scope.Db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Pending);
    }

    private static async Task<List<Delivery>> DeliveriesAsync(TestDatabase database, Guid organization)
    {
        await using var scope = database.AsSystem(organization);
        return await scope.Db.Deliveries.AsNoTracking().ToListAsync();
    }
}
