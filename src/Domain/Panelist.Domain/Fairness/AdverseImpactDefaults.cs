namespace Panelist.Domain.Fairness;

/// <summary>The configured defaults of adverse-impact reports (the API binds them from its <c>Fairness</c> section).</summary>
/// <param name="MinimumCellSize">The minimum n of a shown cell when the caller names none.</param>
/// <param name="ExcludeBelowShare">The LL144 small-category share (0.02): categories under it may be excluded, with a stated reason.</param>
public sealed record AdverseImpactDefaults(int MinimumCellSize = 5, double ExcludeBelowShare = 0.02);
