namespace Panelist.Domain.Sla;

/// <summary>
/// What an <see cref="ISlaNotifier"/> is told. It names the interview and its people by id only; the notification
/// service looks up addresses and language itself, so nothing personal travels through the SLA job.
/// </summary>
/// <param name="OrganizationId">The client.</param>
/// <param name="InterviewId">The interview whose deadline this is.</param>
/// <param name="EngagementId">Its engagement, whose recruiters an escalation goes to.</param>
/// <param name="InterviewerId">The assigned interviewer, when there is one.</param>
/// <param name="Kind">Which deadline and which step.</param>
/// <param name="DueAt">The deadline (UTC).</param>
public sealed record SlaAlert(Guid OrganizationId, Guid InterviewId, Guid EngagementId, Guid? InterviewerId, SlaNoticeKind Kind, DateTime DueAt);
