namespace Panelist.Domain.Engagements.Matching;

/// <param name="Raw">The figure in its own unit (mean skill level, overlap hours, interviews booked, rate, days of certification left, quality score); null when there is none.</param>
/// <param name="Normalized">0–1, higher is a better fit.</param>
/// <param name="Contribution">Normalized × weight / Σ weights.</param>
public sealed record MatchFactor(MatchFactorKind Factor, double Weight, double? Raw, double Normalized, double Contribution, string Explanation);
