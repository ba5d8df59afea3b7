namespace Panelist.Domain.Quality.Statistics;

/// <summary>
/// Cohen's κ for two raters, unweighted (Cohen 1960) or weighted (Cohen 1968):
/// <code>
/// κ_w = 1 − Σ_ij w_ij·O_ij / Σ_ij w_ij·E_ij  =  (p_o − p_e) / (1 − p_e)
/// O_ij = share of items rater A put in level i and rater B in level j
/// E_ij = (Σ_j O_ij)·(Σ_i O_ij)          the same shares if the raters were independent
/// w_ij = 0 on the diagonal; 1, |i − j|/(k − 1) or (i − j)²/(k − 1)² off it (<see cref="KappaWeighting"/>)
/// </code>
/// Conventions: malformed input (no items, lists of different length, a rating off the scale, a
/// non-square or negative table) throws <see cref="ArgumentException"/>. Well-formed input on which κ
/// is 0/0 — both raters used one and the same level for every item, so p_e = 1 — gives a result with
/// a null <see cref="CohenKappaResult.Value"/> and the reason: agreement is perfect but carries no
/// information beyond chance, and reporting 1 (or 0) would claim more than the data shows.
/// </summary>
public static class CohenKappa
{
    /// <summary>κ from two raters' ratings of the same items, in the same order.</summary>
    public static CohenKappaResult Compute(IReadOnlyList<int> first, IReadOnlyList<int> second, RatingScale scale, KappaWeighting weighting)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(scale);
        if (first.Count != second.Count)
        {
            throw new ArgumentException($"Both raters must rate the same items: {first.Count} ratings against {second.Count}.", nameof(second));
        }
        var table = new int[scale.Levels][];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = new int[scale.Levels];
        }
        for (var n = 0; n < first.Count; n++)
        {
            table[scale.IndexOf(first[n])][scale.IndexOf(second[n])]++;
        }
        return FromTable(table, weighting);
    }

    /// <summary>
    /// κ from a k × k contingency table: <paramref name="table"/>[i][j] = items rater A put in level i
    /// and rater B in level j (levels in scale order, so that linear and quadratic weights mean distance).
    /// </summary>
    public static CohenKappaResult FromTable(IReadOnlyList<IReadOnlyList<int>> table, KappaWeighting weighting)
    {
        ArgumentNullException.ThrowIfNull(table);
        var k = table.Count;
        if (k < 2)
        {
            throw new ArgumentException("κ needs at least two categories.", nameof(table));
        }
        long items = 0;
        var rows = new double[k];
        var columns = new double[k];
        for (var i = 0; i < k; i++)
        {
            if (table[i] is null || table[i].Count != k)
            {
                throw new ArgumentException($"The contingency table must be {k} × {k}; row {i} has {table[i]?.Count ?? 0} cells.", nameof(table));
            }
            for (var j = 0; j < k; j++)
            {
                var count = table[i][j];
                if (count < 0)
                {
                    throw new ArgumentException($"Cell [{i}][{j}] is negative ({count}).", nameof(table));
                }
                items += count;
                rows[i] += count;
                columns[j] += count;
            }
        }
        if (items == 0)
        {
            throw new ArgumentException("κ needs at least one item rated by both raters.", nameof(table));
        }

        double observedDisagreement = 0, expectedDisagreement = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var w = Weight(i, j, k, weighting);
                observedDisagreement += w * table[i][j] / items;
                expectedDisagreement += w * (rows[i] / items) * (columns[j] / items);
            }
        }
        // Exact zero is the only case: E_ij > 0 off the diagonal as soon as the raters used two levels between them.
        var undefined = expectedDisagreement == 0
            ? "Expected agreement is 1 (both raters gave every item the same single level), so κ = 0/0 is undefined."
            : null;
        double? value = undefined is null ? 1 - observedDisagreement / expectedDisagreement : null;
        return new CohenKappaResult(value, 1 - observedDisagreement, 1 - expectedDisagreement, checked((int)items), k, weighting, undefined);
    }

    /// <summary>The disagreement weight w_ij of levels i and j on a k-level scale.</summary>
    public static double Weight(int i, int j, int levels, KappaWeighting weighting)
    {
        if (i == j)
        {
            return 0;
        }
        var distance = Math.Abs(i - j) / (double)(levels - 1);
        return weighting switch
        {
            KappaWeighting.Unweighted => 1,
            KappaWeighting.Linear => distance,
            KappaWeighting.Quadratic => distance * distance,
            _ => throw new ArgumentOutOfRangeException(nameof(weighting), weighting, "Unknown weighting."),
        };
    }
}
