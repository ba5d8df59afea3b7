namespace Panelist.Domain.Sla;

/// <summary>One notice the SLA job owes: which interview, which kind, and the deadline it is about.</summary>
public sealed record SlaDueItem(Guid OrganizationId, Guid InterviewId, SlaNoticeKind Kind, DateTime DueAt);
