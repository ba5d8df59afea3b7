using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Panelist.Api.Connectors;
using Panelist.Domain;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Hosting;
using Panelist.Plugins.Hosting.Dispatch;
using AtsReferences = Panelist.Plugins.Sdk.Events.AtsReferences;
using InterviewScheduled = Panelist.Plugins.Sdk.Events.InterviewScheduled;

namespace Panelist.Benchmarks;

/// <summary>
/// Deliveries per second through the whole pipeline — outbox rows, claims, the connector, settlement
/// with audit — with a no-op connector and with the template connector against a fake ATS that answers
/// in 20 ms, each with one and with two dispatchers on one PostgreSQL; then the template against a fake
/// that throttles 30% of requests (429, Retry-After: 1), reporting the attempts spent per delivered event
/// (throttles spend none, so the aim is 1.0).
/// Usage: dotnet run -c Release --project tests/Panelist.Benchmarks -- deliveries --postgres "Host=…;Database=…"
/// </summary>
public static class DeliveryBenchmark
{
    /// <summary>Installations per run: the template connector allows 10 calls a second per installation, so 200 of them
    /// leave up to 2,000 calls a second and the measurement shows the pipeline and the ATS latency, not the vendor limit.</summary>
    private const int Installations = 200;

    public static async Task<int> RunAsync(string postgres, int events)
    {
        var root = RepositoryRoot();
        await using var ats = await FakeAts.StartAsync(TimeSpan.FromMilliseconds(20));
        await using var throttling = await FakeAts.StartAsync(TimeSpan.FromMilliseconds(20), throttleRate: 0.3);
        Console.WriteLine("| connector | dispatchers | deliveries | seconds | deliveries/s | attempts per delivered |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (connector, plugins, settings) in new[]
                 {
                     ("echo (no-op)", Path.Combine(root, "artifacts", "test-plugins"), "{}"),
                     ("template → fake ATS, 20 ms", Path.Combine(root, "artifacts", "plugins"), $$"""{"baseUrl":"{{ats.BaseUrl}}"}"""),
                     ("template → fake ATS, 20 ms, 30% throttled", Path.Combine(root, "artifacts", "plugins"), $$"""{"baseUrl":"{{throttling.BaseUrl}}"}"""),
                 })
        {
            foreach (var dispatchers in new[] { 1, 2 })
            {
                var database = await BenchDatabases.FreshAsync(postgres, "deliveries");
                var id = connector.StartsWith("echo", StringComparison.Ordinal) ? "echo" : "template";
                var hosts = new List<ServiceProvider>();
                for (var d = 0; d < dispatchers; d++)
                {
                    hosts.Add(await HostAsync(database, plugins));
                }

                await EnqueueAsync(hosts[0], id, settings, events);
                var clock = Stopwatch.StartNew();
                await Task.WhenAll(hosts.Select(h => DrainAsync(h, database)));
                var seconds = clock.Elapsed.TotalSeconds;
                var attempts = await AttemptsPerDeliveredAsync(database);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {connector} | {dispatchers} | {events} | {seconds:0.0} | {events / seconds:0} | {attempts:0.000} |"));
                foreach (var host in hosts)
                {
                    await host.DisposeAsync();
                }
            }
        }

        return 0;
    }

    private static async Task<ServiceProvider> HostAsync(string database, string plugins)
    {
        var services = new ServiceCollection().AddLogging().AddDomain(DatabaseProvider.Postgres, database);
        services.AddConnectorSecrets();
        services.AddPluginHosting(o =>
        {
            o.PluginsPath = plugins;
            o.WatchForChanges = false;
        });
        services.AddDeliveryDispatcher(o => o.BatchSize = 50);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<PluginCatalog>().RefreshAsync(CancellationToken.None);
        return provider;
    }

    /// <summary>Installations of one organization, and events raised through the outbox spread over them.</summary>
    private static async Task EnqueueAsync(ServiceProvider services, string connectorId, string settings, int events)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelistDbContext>();
        await db.Database.MigrateAsync();
        var organization = new Organization("bench", "Benchmark");
        db.Organizations.Add(organization);
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("benchmark"), organization.Id);
        var secrets = scope.ServiceProvider.GetRequiredService<ISecretProtector>().Protect(new Dictionary<string, string> { ["apiKey"] = "bench" });
        for (var i = 0; i < Installations; i++)
        {
            db.ConnectorInstallations.Add(new ConnectorInstallation(organization.Id, connectorId, $"bench {i}", settings, secrets,
                [IntegrationEventType.InterviewScheduled]));
        }

        await db.SaveChangesAsync();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
        var start = DateTimeOffset.UtcNow.AddDays(2);
        for (var written = 0; written < events; written += Installations * 10)
        {
            // Each raised event reaches every installation: 10 events here are 10 × Installations deliveries.
            (await unitOfWork.ExecuteAsync(() =>
            {
                for (var n = 0; n < 10; n++)
                {
                    outbox.Raise(new InterviewScheduled
                    {
                        EventId = Guid.CreateVersion7(),
                        OccurredAt = DateTimeOffset.UtcNow,
                        OrganizationId = organization.Id,
                        Ats = new AtsReferences { JobId = "job-1", CandidateId = "cand-1", ApplicationId = "app-1" },
                        InterviewId = Guid.CreateVersion7(),
                        EngagementId = Guid.CreateVersion7(),
                        InterviewerName = "Ada Lovelace",
                        ScheduledStart = start,
                        ScheduledEnd = start.AddHours(1),
                    });
                }

                return Task.FromResult(0);
            }, default)).Unwrap();
        }
    }

    private static async Task DrainAsync(ServiceProvider services, string database)
    {
        var dispatcher = services.GetRequiredService<DeliveryDispatcher>();
        var attempt = dispatcher.CreateAttempt();
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var pending = new NpgsqlCommand("""SELECT count(*) FROM "Deliveries" WHERE "Status" = 'Pending'""", connection);
        while ((long)(await pending.ExecuteScalarAsync())! > 0)
        {
            if (await dispatcher.DispatchOnceAsync(attempt, CancellationToken.None) == 0)
            {
                await Task.Delay(20);
            }
        }
    }

    private static async Task<double> AttemptsPerDeliveredAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("""SELECT sum("Attempts")::float8 / count(*) FROM "Deliveries" WHERE "Status" = 'Delivered'""", connection);
        return (double)(await query.ExecuteScalarAsync())!;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Api.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}
