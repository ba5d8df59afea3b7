namespace Panelist.Domain.Notifications;

/// <summary>What a notification tells its recipient; preferences and templates are kept per kind.</summary>
public enum NotificationEventKind
{
    Invited,
    Accepted,
    Scheduled,
    Rescheduled,
    Cancelled,
    ScorecardDue,
    ScorecardLate,
    MessageReceived,

    /// <summary>A requested interview is still unbooked at the end of its scheduling window (sent to staff).</summary>
    SchedulingLate,
}
