using MathNet.Numerics.Distributions;

namespace Panelist.Domain.Quality.Statistics;

/// <summary>
/// The pooled two-proportion z-test (the "two standard deviations" test of adverse-impact practice):
/// <code>
/// p̂ = (x₁ + x₂) / (n₁ + n₂)
/// z  = (x₁/n₁ − x₂/n₂) / √(p̂(1 − p̂)(1/n₁ + 1/n₂))
/// p  = 2·Φ(−|z|)
/// </code>
/// </summary>
public static class TwoProportionZTest
{
    /// <summary>z and its two-sided p; null when undefined (an empty group, or p̂ = 0 or 1 so that the standard error is 0).</summary>
    /// <exception cref="ArgumentException">When a count is negative or successes exceed trials.</exception>
    public static (double Z, double PValue)? Compute(int successes1, int trials1, int successes2, int trials2)
    {
        if (successes1 < 0 || successes2 < 0 || successes1 > trials1 || successes2 > trials2)
        {
            throw new ArgumentException($"Counts must satisfy 0 ≤ successes ≤ trials: {successes1}/{trials1}, {successes2}/{trials2}.", nameof(successes1));
        }
        if (trials1 == 0 || trials2 == 0)
        {
            return null;
        }
        var pooled = (successes1 + (double)successes2) / (trials1 + (double)trials2);
        var variance = pooled * (1 - pooled) * (1.0 / trials1 + 1.0 / trials2);
        if (variance <= 0)
        {
            return null;
        }
        var z = ((double)successes1 / trials1 - (double)successes2 / trials2) / Math.Sqrt(variance);
        return (z, Math.Min(1, 2 * Normal.CDF(0, 1, -Math.Abs(z))));
    }
}
