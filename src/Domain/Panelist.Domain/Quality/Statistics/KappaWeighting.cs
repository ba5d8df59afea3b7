namespace Panelist.Domain.Quality.Statistics;

/// <summary>
/// How much a disagreement between levels i and j of a k-level scale costs in a weighted κ
/// (disagreement weights, 0 on the diagonal).
/// </summary>
public enum KappaWeighting
{
    /// <summary>Every disagreement costs 1: nominal categories, Cohen's (1960) κ.</summary>
    Unweighted,

    /// <summary>w_ij = |i − j| / (k − 1): a near miss costs in proportion to its distance.</summary>
    Linear,

    /// <summary>w_ij = (i − j)² / (k − 1)²: the usual weighted κ for ordinal scales; asymptotically an intraclass correlation (Fleiss &amp; Cohen 1973).</summary>
    Quadratic,
}
