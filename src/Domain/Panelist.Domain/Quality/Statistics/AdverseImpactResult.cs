namespace Panelist.Domain.Quality.Statistics;

/// <summary>Selection rates, impact ratios and significance for one partition of an applicant pool.</summary>
/// <param name="Applicants">All applicants of the analysis, every category included: the observations it rests on.</param>
/// <param name="Selected">All selected applicants.</param>
/// <param name="ReferenceCategory">The highest-rate compared category; null when no category could be compared.</param>
/// <param name="Categories">Every category, in input order.</param>
/// <param name="UndefinedReason">Why no impact ratios could be computed, or null when they were.</param>
public sealed record AdverseImpactResult(
    int Applicants,
    int Selected,
    string? ReferenceCategory,
    IReadOnlyList<CategoryImpact> Categories,
    string? UndefinedReason);
