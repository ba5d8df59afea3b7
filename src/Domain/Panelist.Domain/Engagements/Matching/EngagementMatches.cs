namespace Panelist.Domain.Engagements.Matching;

/// <summary>The ranked interviewers (the first N) and the excluded ones (the first N, by id) with their totals.</summary>
public sealed record EngagementMatches(Guid EngagementId, IReadOnlyList<InterviewerMatch> Matches, int MatchedCount,
    IReadOnlyList<ExcludedInterviewer> Excluded, int ExcludedCount, MatchingOptions Weights);
