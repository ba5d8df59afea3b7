using MathNet.Numerics.Statistics;

namespace Panelist.Domain.Metrics;

/// <summary>
/// Durations in hours: how many, their median and 90th percentile. Percentiles interpolate linearly
/// between the closest ranks (Hyndman–Fan type 7, as Excel PERCENTILE.INC, NumPy and PostgreSQL
/// percentile_cont do); null when there is no duration.
/// </summary>
public sealed record DurationSummary(int Count, double? MedianHours, double? P90Hours)
{
    public static DurationSummary Of(IEnumerable<TimeSpan> durations)
    {
        var hours = durations.Select(d => d.TotalHours).ToArray();
        return hours.Length == 0
            ? new DurationSummary(0, null, null)
            : new DurationSummary(hours.Length, hours.QuantileCustom(0.5, QuantileDefinition.R7), hours.QuantileCustom(0.9, QuantileDefinition.R7));
    }
}
