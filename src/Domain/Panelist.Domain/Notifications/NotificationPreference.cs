namespace Panelist.Domain.Notifications;

/// <summary>One person's choice for one event kind on one channel; without a row the channel's default applies.</summary>
public sealed class NotificationPreference
{
    private NotificationPreference()
    {
    }

    internal NotificationPreference(Recipient recipient, NotificationEventKind kind, NotificationChannel channel, bool enabled)
    {
        RecipientKey = recipient.Key;
        EventKind = kind;
        Channel = channel;
        Enabled = enabled;
    }

    public string RecipientKey { get; private set; } = "";

    public NotificationEventKind EventKind { get; private set; }

    public NotificationChannel Channel { get; private set; }

    public bool Enabled { get; private set; }

    /// <summary>An effective preference as shown to its person (not stored).</summary>
    public static NotificationPreference Of(Recipient recipient, NotificationEventKind kind, NotificationChannel channel, bool enabled) =>
        new(recipient, kind, channel, enabled);

    /// <summary>In-app and e-mail are on unless turned off; a webhook goes to the client's systems, so it is opt-in.</summary>
    public static bool Default(NotificationChannel channel) => channel != NotificationChannel.Webhook;

    internal void Set(bool enabled) => Enabled = enabled;
}
