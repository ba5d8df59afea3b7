namespace Panelist.Domain.Quality.Statistics;

/// <summary>
/// Exponentially weighted moving-average control chart (Roberts 1959; Montgomery, Introduction to
/// Statistical Quality Control, §9.2) over a time-ordered series, such as a rater's deviations from
/// the other raters of the same items:
/// <code>
/// z_t = λ·x_t + (1 − λ)·z_{t−1},  z_{−1} = μ₀
/// limits_t = μ₀ ± L·σ·√(λ/(2 − λ)·(1 − (1 − λ)^{2(t+1)}))
/// alarm at the first t with z_t outside its limits
/// </code>
/// λ = 0.2 and L = 3 are the textbook defaults: sensitive to small sustained shifts (about 1σ).
/// Conventions: an empty series, a non-finite point, λ outside (0, 1] or L ≤ 0 throws
/// <see cref="ArgumentException"/>.
/// </summary>
public static class EwmaChart
{
    /// <summary>Runs the chart over <paramref name="series"/>.</summary>
    public static EwmaChartResult Monitor(IReadOnlyList<double> series, DriftBaseline baseline, double smoothing = 0.2, double limitWidth = 3)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        DriftSeries.Validate(series);
        if (!(smoothing > 0 && smoothing <= 1))
        {
            throw new ArgumentException($"The smoothing constant λ must be in (0, 1]; got {smoothing}.", nameof(smoothing));
        }
        if (!(limitWidth > 0))
        {
            throw new ArgumentException($"The limit width L must be positive; got {limitWidth}.", nameof(limitWidth));
        }

        var points = new List<EwmaPoint>(series.Count);
        int? alarm = null;
        var direction = DriftDirection.None;
        var z = baseline.Mean;
        for (var t = 0; t < series.Count; t++)
        {
            z = smoothing * series[t] + (1 - smoothing) * z;
            var halfWidth = limitWidth * baseline.StandardDeviation
                * Math.Sqrt(smoothing / (2 - smoothing) * (1 - Math.Pow(1 - smoothing, 2 * (t + 1))));
            var point = new EwmaPoint(t, series[t], z, baseline.Mean - halfWidth, baseline.Mean + halfWidth);
            points.Add(point);
            if (alarm is null && (z > point.UpperLimit || z < point.LowerLimit))
            {
                alarm = t;
                direction = z > point.UpperLimit ? DriftDirection.Up : DriftDirection.Down;
            }
        }
        return new EwmaChartResult(series.Count, alarm, direction, points);
    }
}
