namespace Panelist.Domain.Scorecards;

/// <summary>What an interviewer writes on a scorecard.</summary>
public sealed record ScorecardContent(IReadOnlyList<CriterionRating> Ratings, Recommendation Recommendation, string? Summary);
