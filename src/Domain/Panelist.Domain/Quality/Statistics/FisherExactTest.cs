using MathNet.Numerics.Distributions;

namespace Panelist.Domain.Quality.Statistics;

/// <summary>
/// Fisher's exact test for a 2 × 2 table [[a, b], [c, d]]. With the margins fixed, a follows the
/// hypergeometric distribution (population a+b+c+d, successes a+c, draws a+b); the two-sided p sums
/// the probabilities of every table no more likely than the one observed (the rule R's fisher.test
/// uses, with the same 1e−7 relative tolerance so that tables tied in probability count alike).
/// </summary>
public static class FisherExactTest
{
    /// <exception cref="ArgumentException">When a cell is negative or the table is empty.</exception>
    public static double TwoSided(int a, int b, int c, int d)
    {
        if (a < 0 || b < 0 || c < 0 || d < 0)
        {
            throw new ArgumentException($"Table cells must not be negative: [[{a}, {b}], [{c}, {d}]].", nameof(a));
        }
        var population = checked(a + b + c + d);
        if (population == 0)
        {
            throw new ArgumentException("Fisher's exact test needs at least one observation.", nameof(a));
        }
        var successes = a + c;
        var draws = a + b;
        var low = Math.Max(0, draws + successes - population);
        var high = Math.Min(draws, successes);
        var observed = Hypergeometric.PMF(population, successes, draws, a);
        var threshold = observed * (1 + 1e-7);
        var p = 0.0;
        for (var x = low; x <= high; x++)
        {
            var px = Hypergeometric.PMF(population, successes, draws, x);
            if (px <= threshold)
            {
                p += px;
            }
        }
        return Math.Min(1, p);
    }
}
