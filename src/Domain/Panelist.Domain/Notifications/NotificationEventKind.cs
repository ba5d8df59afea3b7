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
}
