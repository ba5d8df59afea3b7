namespace Panelist.Api.Scorecards;

/// <summary>Part of a mutation input.</summary>
public sealed record CriterionRatingInput(string CriterionKey, int Rating, string? Evidence);
