namespace Panelist.Domain.Quality.Statistics;

/// <summary>How small categories are treated in an adverse-impact analysis.</summary>
public sealed record AdverseImpactOptions
{
    /// <summary>
    /// Cells with fewer applicants than this are suppressed: their counts, rate and tests are
    /// withheld (they would identify people) and they take no part in the comparison. 0 suppresses nothing.
    /// </summary>
    public int MinimumCellSize { get; init; } = 5;

    /// <summary>
    /// NYC LL144 (6 RCNY § 5-301): an auditor may exclude a category that is under this share of the
    /// applicants (0.02) from the impact-ratio calculation, provided the reason is stated; its count and
    /// rate are still reported. Null excludes nothing.
    /// </summary>
    public double? ExcludeBelowShare { get; init; }

    /// <summary>The stated reason for the exclusion; required when <see cref="ExcludeBelowShare"/> is set.</summary>
    public string? ExclusionJustification { get; init; }

    /// <summary>No exclusions; the default minimum cell size.</summary>
    public static AdverseImpactOptions Default { get; } = new();
}
