using Panelist.Domain.Quality.Statistics;

namespace Panelist.Domain.Fairness;

/// <summary>One category of one dimension: its sex and/or race/ethnicity, and its figures from <see cref="AdverseImpactAnalysis"/>.</summary>
/// <param name="ReferenceAssessed">Decisions in the reference category this one is compared with: the other n behind the ratio and the tests; null when not compared.</param>
public sealed record AdverseImpactCell(Sex? Sex, RaceEthnicity? RaceEthnicity, CategoryImpact Impact, int? ReferenceAssessed);
