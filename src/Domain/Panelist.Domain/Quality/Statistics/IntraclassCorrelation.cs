namespace Panelist.Domain.Quality.Statistics;

/// <summary>
/// Intraclass correlations ICC(1,1), ICC(2,1), ICC(3,1) and their average-measure forms (Shrout &amp;
/// Fleiss 1979) from the two-way ANOVA of a complete targets × raters matrix, one rating per cell;
/// the formulas are on <see cref="IntraclassCorrelationResult"/>.
/// Conventions: malformed input (fewer than two targets, fewer than two raters, a ragged matrix, a
/// missing or non-finite rating) throws <see cref="ArgumentException"/>; a coefficient whose
/// denominator is 0 is null rather than NaN.
/// </summary>
public static class IntraclassCorrelation
{
    /// <summary>The six coefficients from <paramref name="ratings"/>[target][rater].</summary>
    public static IntraclassCorrelationResult Compute(IReadOnlyList<IReadOnlyList<double>> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var (n, k) = Validate(ratings);

        var grand = 0.0;
        var targetMeans = new double[n];
        var raterMeans = new double[k];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var x = ratings[i][j];
                grand += x;
                targetMeans[i] += x / k;
                raterMeans[j] += x / n;
            }
        }
        grand /= n * k;

        double total = 0, targets = 0, raters = 0;
        for (var i = 0; i < n; i++)
        {
            targets += k * Square(targetMeans[i] - grand);
            for (var j = 0; j < k; j++)
            {
                total += Square(ratings[i][j] - grand);
            }
        }
        for (var j = 0; j < k; j++)
        {
            raters += n * Square(raterMeans[j] - grand);
        }
        var within = total - targets;
        var residual = within - raters;

        var bms = targets / (n - 1);
        var wms = within / (n * (k - 1));
        var jms = raters / (k - 1);
        var ems = residual / ((n - 1) * (k - 1));

        // Identical non-integer ratings leave rounding dust instead of exact zeros; below this a mean
        // square is no variance at all.
        var zero = 1e-12 * (1 + grand * grand);
        double? Ratio(double numerator, double denominator) => Math.Abs(denominator) <= zero ? null : numerator / denominator;
        return new IntraclassCorrelationResult(
            n, k, bms, wms, jms, ems,
            Icc1Single: Ratio(bms - wms, bms + (k - 1) * wms),
            Icc2Single: Ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
            Icc3Single: Ratio(bms - ems, bms + (k - 1) * ems),
            Icc1Average: Ratio(bms - wms, bms),
            Icc2Average: Ratio(bms - ems, bms + (jms - ems) / n),
            Icc3Average: Ratio(bms - ems, bms));
    }

    private static (int Targets, int Raters) Validate(IReadOnlyList<IReadOnlyList<double>> ratings)
    {
        if (ratings.Count < 2)
        {
            throw new ArgumentException($"An ICC needs at least two targets; got {ratings.Count}.", nameof(ratings));
        }
        var k = ratings[0]?.Count ?? 0;
        if (k < 2)
        {
            throw new ArgumentException($"An ICC needs at least two raters; got {k}.", nameof(ratings));
        }
        for (var i = 0; i < ratings.Count; i++)
        {
            var row = ratings[i];
            if (row is null || row.Count != k)
            {
                throw new ArgumentException($"Ragged matrix: target {i} has {row?.Count ?? 0} ratings, target 0 has {k}; every rater must rate every target.", nameof(ratings));
            }
            foreach (var x in row)
            {
                if (!double.IsFinite(x))
                {
                    throw new ArgumentException($"Target {i} has a rating that is not a finite number ({x}).", nameof(ratings));
                }
            }
        }
        return (ratings.Count, k);
    }

    private static double Square(double x) => x * x;
}
