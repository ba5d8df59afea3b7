using System.Globalization;
using Panelist.Domain.Notifications;

namespace Panelist.Domain.Sla;

/// <summary>
/// SLA notices through the notification service: the interviewer gets the reminder and the late notice, the
/// organization's staff the escalation, each on the channels their preferences name. Every notice is also kept as an
/// audit entry (<see cref="AuditSlaNotifier"/>), so the trail says who was told even when nobody opted in to a channel.
/// Notifying only stages rows (in-app notifications, outbox deliveries) in the job's unit of work, as
/// <see cref="ISlaNotifier"/> requires.
/// </summary>
public sealed class NotificationSlaNotifier(Notifications.Notifications notifications, AuditSlaNotifier audit) : ISlaNotifier
{
    public async Task DueAsync(SlaAlert alert, CancellationToken ct)
    {
        await audit.DueAsync(alert, ct);
        await NotifyInterviewerAsync(alert, NotificationEventKind.ScorecardDue, ct);
    }

    public async Task LateAsync(SlaAlert alert, CancellationToken ct)
    {
        await audit.LateAsync(alert, ct);
        await NotifyInterviewerAsync(alert, NotificationEventKind.ScorecardLate, ct);
    }

    public async Task EscalatedAsync(SlaAlert alert, CancellationToken ct)
    {
        await audit.EscalatedAsync(alert, ct);
        var kind = alert.Kind == SlaNoticeKind.SchedulingLate ? NotificationEventKind.SchedulingLate : NotificationEventKind.ScorecardLate;
        foreach (var staff in await notifications.StaffAsync(alert.OrganizationId, ct))
        {
            await notifications.NotifyAsync(staff, kind, Context(alert), ct);
        }
    }

    private Task NotifyInterviewerAsync(SlaAlert alert, NotificationEventKind kind, CancellationToken ct) =>
        alert.InterviewerId is { } interviewer
            ? notifications.NotifyAsync(Recipient.Interviewer(interviewer), kind, Context(alert), ct)
            : Task.CompletedTask;

    private static NotificationContext Context(SlaAlert alert) => new(alert.OrganizationId)
    {
        EngagementId = alert.EngagementId,
        InterviewId = alert.InterviewId,
        Values = new Dictionary<string, string> { ["dueAt"] = alert.DueAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) },
    };
}
