namespace Panelist.Domain.Quality.Statistics;

/// <summary>One category's selection rate, compared with the highest-rate category.</summary>
/// <param name="Category">The category's key.</param>
/// <param name="Applicants">Applicants in the category; null when suppressed.</param>
/// <param name="Selected">Selected applicants; null when suppressed.</param>
/// <param name="SelectionRate">SR = selected / applicants; null when suppressed or without applicants.</param>
/// <param name="ShareOfApplicants">applicants / all applicants of the analysis; null when suppressed.</param>
/// <param name="ImpactRatio">IR = SR / SR_reference; null when the category was excluded, suppressed or the reference rate is 0.</param>
/// <param name="AdverseImpact">The four-fifths flag: IR &lt; 0.8 (exactly 0.8 is not adverse impact); null when no ratio.</param>
/// <param name="FisherExactP">Two-sided p of Fisher's exact test of this category against the reference; null when not compared.</param>
/// <param name="ZScore">Pooled two-proportion z of SR against SR_reference (negative: lower rate); null when not compared or undefined.</param>
/// <param name="ZTestP">Two-sided p of that z; null with it.</param>
/// <param name="IsReference">Whether this is the highest-rate category the others are compared with.</param>
/// <param name="Exclusion">Why the category was left out of the comparison under the small-share rule; null when it was not.</param>
/// <param name="Suppression">Why the cell's figures are withheld; null when they are not.</param>
public sealed record CategoryImpact(
    string Category,
    int? Applicants,
    int? Selected,
    double? SelectionRate,
    double? ShareOfApplicants,
    double? ImpactRatio,
    bool? AdverseImpact,
    double? FisherExactP,
    double? ZScore,
    double? ZTestP,
    bool IsReference,
    string? Exclusion,
    string? Suppression);
