namespace Panelist.Domain.Quality.Statistics;

/// <summary>
/// Tabular (two-sided) CUSUM (Page 1954; Montgomery, Introduction to Statistical Quality Control,
/// §9.1) over a time-ordered series, such as a rater's deviations from their peers:
/// <code>
/// K = k·σ,  H = h·σ
/// C⁺_t = max(0, x_t − (μ₀ + K) + C⁺_{t−1}),  C⁻_t = max(0, (μ₀ − K) − x_t + C⁻_{t−1}),  C⁺_{−1} = C⁻_{−1} = 0
/// alarm at the first t with C⁺_t &gt; H or C⁻_t &gt; H
/// </code>
/// k = 0.5 and h = 5 are the textbook defaults: tuned to a 1σ shift, in-control ARL ≈ 465.
/// Conventions: an empty series, a non-finite point, k &lt; 0 or h ≤ 0 throws <see cref="ArgumentException"/>.
/// </summary>
public static class CusumChart
{
    /// <summary>Runs the CUSUM over <paramref name="series"/>.</summary>
    public static CusumChartResult Monitor(IReadOnlyList<double> series, DriftBaseline baseline, double allowance = 0.5, double decisionInterval = 5)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        DriftSeries.Validate(series);
        if (!(allowance >= 0))
        {
            throw new ArgumentException($"The allowance k must not be negative; got {allowance}.", nameof(allowance));
        }
        if (!(decisionInterval > 0))
        {
            throw new ArgumentException($"The decision interval h must be positive; got {decisionInterval}.", nameof(decisionInterval));
        }

        var k = allowance * baseline.StandardDeviation;
        var h = decisionInterval * baseline.StandardDeviation;
        var points = new List<CusumPoint>(series.Count);
        int? alarm = null;
        var direction = DriftDirection.None;
        double upper = 0, lower = 0;
        for (var t = 0; t < series.Count; t++)
        {
            upper = Math.Max(0, series[t] - (baseline.Mean + k) + upper);
            lower = Math.Max(0, baseline.Mean - k - series[t] + lower);
            points.Add(new CusumPoint(t, series[t], upper, lower, h));
            if (alarm is null && (upper > h || lower > h))
            {
                alarm = t;
                direction = upper > h ? DriftDirection.Up : DriftDirection.Down;
            }
        }
        return new CusumChartResult(series.Count, alarm, direction, points);
    }
}
