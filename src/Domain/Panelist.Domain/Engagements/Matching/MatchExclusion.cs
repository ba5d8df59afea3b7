namespace Panelist.Domain.Engagements.Matching;

public sealed record MatchExclusion(MatchExclusionCode Code, string Message);
