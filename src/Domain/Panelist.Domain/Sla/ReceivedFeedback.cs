namespace Panelist.Domain.Sla;

/// <summary>A candidate's rating of an interview, as its interviewer sees it: no candidate, no interview, no client.</summary>
public sealed record ReceivedFeedback(Guid Id, int Score, string Comment, DateTime RecordedAt);
