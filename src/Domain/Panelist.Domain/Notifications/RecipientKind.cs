namespace Panelist.Domain.Notifications;

/// <summary>Whom a notification is for: an interviewer (platform-level) or a client user (known by their sign-in subject).</summary>
public enum RecipientKind
{
    Interviewer,
    User,
}
