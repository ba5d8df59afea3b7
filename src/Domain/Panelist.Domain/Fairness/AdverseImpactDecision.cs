using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Fairness;

/// <summary>One human decision in scope and the demographics of the candidate it was about (null: none on record).</summary>
public sealed record AdverseImpactDecision(Recommendation Recommendation, DemographicAnswer? Answer);
