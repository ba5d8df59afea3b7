using MathNet.Numerics.Statistics;

namespace Panelist.Domain.Quality.Statistics;

/// <summary>
/// The in-control level μ₀ and spread σ a drift chart measures against. For a rater's deviations from
/// their peers μ₀ is usually 0; σ comes from a period known to be in control, not from the series being
/// watched (a shift inside it would inflate σ and hide itself).
/// </summary>
public sealed record DriftBaseline
{
    /// <exception cref="ArgumentException">When σ is not a positive finite number or μ₀ is not finite.</exception>
    public DriftBaseline(double mean, double standardDeviation)
    {
        if (!double.IsFinite(mean))
        {
            throw new ArgumentException("The baseline mean must be a finite number.", nameof(mean));
        }
        if (!double.IsFinite(standardDeviation) || standardDeviation <= 0)
        {
            throw new ArgumentException($"The baseline standard deviation must be positive; got {standardDeviation}.", nameof(standardDeviation));
        }
        Mean = mean;
        StandardDeviation = standardDeviation;
    }

    /// <summary>μ₀, the in-control level.</summary>
    public double Mean { get; }

    /// <summary>σ, the in-control standard deviation of one observation.</summary>
    public double StandardDeviation { get; }

    /// <summary>μ₀ and σ (sample SD) estimated from an in-control period.</summary>
    /// <exception cref="ArgumentException">With fewer than two points or no spread.</exception>
    public static DriftBaseline Estimate(IReadOnlyList<double> inControl)
    {
        ArgumentNullException.ThrowIfNull(inControl);
        if (inControl.Count < 2)
        {
            throw new ArgumentException($"A baseline needs at least two in-control observations; got {inControl.Count}.", nameof(inControl));
        }
        return new DriftBaseline(inControl.Mean(), inControl.StandardDeviation());
    }
}
