namespace Panelist.Domain.Engagements.Matching;

public sealed record ExcludedInterviewer(Guid InterviewerId, IReadOnlyList<MatchExclusion> Reasons);
