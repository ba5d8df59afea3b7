using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Seeding;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Telemetry;

/// <summary>
/// What the API's OpenTelemetry setup emits for one GraphQL request, read back through the SDK's in-memory exporter:
/// the operation's span with its complexity and error codes inside the ASP.NET Core span, the database's spans in the
/// same trace, the duration metric by operation, and log entries that carry the request and trace ids.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class GraphQLTelemetryTests
{
    private const string Document = "query TelemetrySearch { engagements(first: 2) { nodes { title } } auditEntries(first: 1) { nodes { action } } }";

    [PostgresFact]
    public async Task A_GraphQL_request_is_traced_from_HTTP_through_the_operation_to_the_database_with_its_complexity_and_error_codes()
    {
        await using var database = await SeededAsync();
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        var logs = new CapturingLoggerProvider();
        await using var api = new PanelistApiFactory(database, ("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information"), ("Telemetry:Traces", "true"))
        {
            TestServices = services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans));
                services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
                services.AddSingleton<ILoggerProvider>(logs);
            },
        };
        using var client = api.ClientAs(Role.Recruiter, await AcmeAsync(database));

        var response = await client.PostAsync(Document);
        // The server's request span ends after the client has its answer: wait for it, briefly.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        Activity[] seen;
        do
        {
            api.Services.GetRequiredService<TracerProvider>().ForceFlush();
            seen = spans.ToArray();
        }
        while (!seen.Any(s => s.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn" && seen.Any(o => o.Source.Name == "GraphQL" && o.TraceId == s.TraceId))
            && DateTime.UtcNow < deadline && await Delay());
        api.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        var operation = Single(seen, s => s.Source.Name == "GraphQL" && s.DisplayName == "query TelemetrySearch");
        var trace = seen.Where(s => s.TraceId == operation.TraceId).ToList();
        var http = Single(trace, s => s.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn",
            string.Join("; ", seen.Select(s => $"{s.Source.Name}/{s.OperationName}/{s.DisplayName} {s.TraceId}/{s.SpanId}<-{s.ParentSpanId}")));
        Assert.Equal("TelemetrySearch", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.True(operation.GetTagItem("graphql.complexity") is double complexity && complexity > 0, "the span carries the document's complexity");
        Assert.Equal(["FORBIDDEN"], (string[])operation.GetTagItem("graphql.error.codes")!);
        Assert.Equal(http.SpanId, operation.ParentSpanId);
        Assert.Contains(trace, s => s.Source.Name == "Npgsql" && s.ParentSpanId == operation.SpanId);

        var durations = metrics.Where(m => m.Name == "panelist.graphql.request.duration").SelectMany(Points)
            .Where(p => Tag(p, "graphql.operation.name") as string == "TelemetrySearch").ToList();
        Assert.Single(durations);
        Assert.Equal(1, durations[0].GetHistogramCount());
        Assert.Equal("query", Tag(durations[0], "graphql.operation.type"));

        var started = Assert.Single(logs.Entries, e => e.Message.StartsWith("Request starting", StringComparison.Ordinal) && e.Message.Contains("/graphql", StringComparison.Ordinal));
        Assert.Equal(operation.TraceId.ToHexString(), started.Scope["TraceId"]);
        Assert.False(string.IsNullOrEmpty(started.Scope["RequestId"] as string), "the entry carries the request id");
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(50);
        return true;
    }

    private static Activity Single(IEnumerable<Activity> spans, Func<Activity, bool> match, string? seen = null)
    {
        var found = spans.Where(match).ToList();
        Assert.True(found.Count == 1, $"expected one span, found {found.Count}. {seen}");
        return found[0];
    }

    private static IEnumerable<MetricPoint> Points(Metric metric)
    {
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            yield return point;
        }
    }

    private static object? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value;
            }
        }

        return null;
    }

    private static async Task<TestDatabase> SeededAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await new DemoDataGenerator(database.Options, database.Keys, SeedOptions.Demo with { Interviewers = 5, Interviews = 5, EngagementsPerOrganization = 2 },
            NullLogger.Instance).GenerateAsync(default);
        return database;
    }

    private static async Task<Guid> AcmeAsync(TestDatabase database)
    {
        await using var scope = database.AsSystem(Organization.PlatformId);
        return await scope.Db.Organizations.Where(o => o.Slug == "acme").Select(o => o.Id).FirstAsync();
    }
}
