namespace Panelist.Domain.Quality.Statistics;

/// <summary>
/// Fleiss' (1971) κ: N items, each rated by m raters (not necessarily the same m people), k nominal
/// categories; n_ij = raters who put item i in category j.
/// <code>
/// P_i = (Σ_j n_ij² − m) / (m(m − 1))      P̄ = (1/N) Σ_i P_i
/// p_j = Σ_i n_ij / (N·m)                  P̄_e = Σ_j p_j²
/// κ   = (P̄ − P̄_e) / (1 − P̄_e)
/// κ_j = 1 − Σ_i n_ij(m − n_ij) / (N·m·(m − 1)·p_j·(1 − p_j))
/// </code>
/// Conventions: malformed input (no items, fewer than two categories, a ragged matrix, negative
/// counts, rows with different totals, fewer than two raters per item) throws
/// <see cref="ArgumentException"/>. When every rating fell in a single category P̄_e = 1 and κ is
/// 0/0: the result has a null <see cref="FleissKappaResult.Value"/> and says why.
/// </summary>
public static class FleissKappa
{
    /// <summary>κ from the items × categories count matrix.</summary>
    public static FleissKappaResult Compute(IReadOnlyList<IReadOnlyList<int>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var (items, categories, m) = Validate(counts);

        var columnTotals = new double[categories];
        double agreementSum = 0;
        var perCategoryDisagreement = new double[categories];
        foreach (var row in counts)
        {
            double squares = 0;
            for (var j = 0; j < categories; j++)
            {
                var n = row[j];
                squares += (double)n * n;
                columnTotals[j] += n;
                perCategoryDisagreement[j] += (double)n * (m - n);
            }
            agreementSum += (squares - m) / ((double)m * (m - 1));
        }

        var assignments = (double)items * m;
        var meanAgreement = agreementSum / items;
        double expected = 0;
        var perCategory = new CategoryKappa[categories];
        for (var j = 0; j < categories; j++)
        {
            var p = columnTotals[j] / assignments;
            expected += p * p;
            var spread = assignments * (m - 1) * p * (1 - p);
            perCategory[j] = new CategoryKappa(j, p, spread > 0 ? 1 - perCategoryDisagreement[j] / spread : null);
        }

        var undefined = expected >= 1
            ? "Every rating fell in one category, so expected agreement is 1 and κ = 0/0 is undefined."
            : null;
        double? value = undefined is null ? (meanAgreement - expected) / (1 - expected) : null;
        return new FleissKappaResult(value, meanAgreement, expected, items, m, categories, perCategory, undefined);
    }

    private static (int Items, int Categories, int RatersPerItem) Validate(IReadOnlyList<IReadOnlyList<int>> counts)
    {
        if (counts.Count == 0)
        {
            throw new ArgumentException("Fleiss' κ needs at least one item.", nameof(counts));
        }
        var categories = counts[0]?.Count ?? 0;
        if (categories < 2)
        {
            throw new ArgumentException("Fleiss' κ needs at least two categories.", nameof(counts));
        }
        var m = -1;
        for (var i = 0; i < counts.Count; i++)
        {
            var row = counts[i];
            if (row is null || row.Count != categories)
            {
                throw new ArgumentException($"Ragged count matrix: row {i} has {row?.Count ?? 0} categories, row 0 has {categories}.", nameof(counts));
            }
            var total = 0;
            foreach (var n in row)
            {
                if (n < 0)
                {
                    throw new ArgumentException($"Row {i} has a negative count ({n}).", nameof(counts));
                }
                total += n;
            }
            if (m >= 0 && total != m)
            {
                throw new ArgumentException($"Every item needs the same number of ratings: row {i} has {total}, row 0 has {m}.", nameof(counts));
            }
            m = total;
        }
        if (m < 2)
        {
            throw new ArgumentException($"Fleiss' κ needs at least two ratings per item; got {m}.", nameof(counts));
        }
        return (counts.Count, categories, m);
    }
}
