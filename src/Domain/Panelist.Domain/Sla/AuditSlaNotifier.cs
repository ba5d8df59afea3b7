using Panelist.Domain.Audits;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;

namespace Panelist.Domain.Sla;

/// <summary>Keeps each SLA notice as an audit entry in the client's chain; <see cref="NotificationSlaNotifier"/> sends them.</summary>
public sealed class AuditSlaNotifier(AuditTrail audit) : ISlaNotifier
{
    public Task DueAsync(SlaAlert alert, CancellationToken ct) => Record("sla.reminder_sent", "interviewer", alert);

    public Task LateAsync(SlaAlert alert, CancellationToken ct) => Record("sla.late_notice_sent", "interviewer", alert);

    public Task EscalatedAsync(SlaAlert alert, CancellationToken ct) => Record("sla.escalated", "recruiter", alert);

    private Task Record(string action, string recipient, SlaAlert alert)
    {
        audit.Record(action, nameof(Interview), alert.InterviewId,
            new { kind = alert.Kind, recipient, alert.DueAt, interviewerId = alert.InterviewerId is { } id ? GlobalIds.Of<Interviewers.Interviewer>(id) : null },
            alert.OrganizationId);
        return Task.CompletedTask;
    }
}
