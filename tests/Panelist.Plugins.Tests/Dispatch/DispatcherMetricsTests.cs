using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Hosting.Dispatch;
using Panelist.Testing;
using Panelist.Testing.Databases;
using Panelist.Testing.Events;

namespace Panelist.Plugins.Tests.Dispatch;

/// <summary>The dispatcher counts each delivery attempt by outcome and records how long the oldest claimed delivery had been due.</summary>
public sealed class DispatcherMetricsTests
{
    [PostgresFact]
    public async Task A_dispatch_round_counts_its_deliveries_by_outcome_and_records_the_lag_of_the_oldest()
    {
        using var ats = new FakeAts(failureRate: 0, slowResponse: TimeSpan.FromSeconds(2));
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var metrics = host.Services.GetRequiredService<DispatcherMetrics>();
        var outcomes = new List<string>();
        var lags = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == metrics.Meter)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (outcomes)
            {
                outcomes.AddRange(Enumerable.Repeat((string)tags.ToArray().Single(t => t.Key == "outcome").Value!, (int)value));
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => lags.Add(value));
        listener.Start();
        // One event for two installations: a working ATS and one nobody listens at (a transient failure).
        await ArrangeAsync(database, host, ats.BaseUrl, "http://127.0.0.1:1");
        await Task.Delay(TimeSpan.FromSeconds(1.2));

        var handled = await host.Dispatcher.DispatchOnceAsync(host.Dispatcher.CreateAttempt(), default);

        Assert.Equal(2, handled);
        Assert.Equal(["delivered", "failed"], outcomes.Order());
        var lag = Assert.Single(lags);
        Assert.InRange(lag, 1.0, 30.0);
    }

    private static async Task ArrangeAsync(TestDatabase database, DispatcherHost host, params string[] baseUrls)
    {
        var organization = new Organization($"metrics-{Guid.NewGuid():N}"[..20], "Metrics test");
        await using (var scope = database.AsSystem(Organization.PlatformId))
        {
            scope.Db.Organizations.Add(organization);
            await scope.Db.SaveChangesAsync();
        }

        await using var services = host.Services.CreateAsyncScope();
        services.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("test"), organization.Id);
        var db = services.ServiceProvider.GetRequiredService<PanelistDbContext>();
        var secrets = services.ServiceProvider.GetRequiredService<ISecretProtector>().Protect(new Dictionary<string, string> { ["apiKey"] = "test-key" });
        foreach (var baseUrl in baseUrls)
        {
            db.ConnectorInstallations.Add(new ConnectorInstallation(organization.Id, "template", $"ATS at {baseUrl}",
                $$"""{"baseUrl":"{{baseUrl}}"}""", secrets, IntegrationEventType.All));
        }

        await db.SaveChangesAsync();
        var outbox = services.ServiceProvider.GetRequiredService<Outbox>();
        var start = DateTimeOffset.UtcNow.AddDays(3);
        (await services.ServiceProvider.GetRequiredService<UnitOfWork>().ExecuteAsync(() =>
        {
            outbox.Raise(TestEvents.About(IntegrationEventType.InterviewScheduled, organization.Id, Guid.CreateVersion7(), 1, start));
            return Task.FromResult(true);
        }, default)).Unwrap();
    }
}
