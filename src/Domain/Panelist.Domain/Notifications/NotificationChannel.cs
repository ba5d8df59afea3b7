namespace Panelist.Domain.Notifications;

public enum NotificationChannel
{
    /// <summary>The <c>notifications</c> connection and the <c>notificationAdded</c> subscription.</summary>
    InApp,

    /// <summary>SMTP, with an iCalendar attachment for interview times.</summary>
    Email,

    /// <summary>A signed POST to the organization's webhook endpoint.</summary>
    Webhook,
}
