using System.Diagnostics.Metrics;

namespace Panelist.Api.Telemetry;

/// <summary>The API's own instruments (meter <see cref="MeterName"/>); ASP.NET Core and HttpClient bring theirs.</summary>
public sealed class ApiMetrics : IDisposable
{
    public const string MeterName = "Panelist.Api";

    // The buckets of http.server.request.duration, so the two histograms line up on one dashboard.
    private static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    private readonly Meter _meter;
    private readonly Histogram<double> _duration;

    public ApiMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _duration = _meter.CreateHistogram("panelist.graphql.request.duration", "s",
            "GraphQL execution time by operation type and name (parse, validation and resolvers).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Buckets });
    }

    /// <summary>Operation names come from clients; the SDK's cardinality limit (2,000 series per metric) bounds them.</summary>
    public void Executed(string operationType, string? operationName, TimeSpan elapsed, bool failed) =>
        _duration.Record(elapsed.TotalSeconds,
            new KeyValuePair<string, object?>("graphql.operation.type", operationType),
            new KeyValuePair<string, object?>("graphql.operation.name", operationName ?? "(anonymous)"),
            new KeyValuePair<string, object?>("graphql.failed", failed));

    public void Dispose() => _meter.Dispose();
}
