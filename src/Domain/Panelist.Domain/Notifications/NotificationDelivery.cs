using Panelist.Domain.Common;
using Panelist.Domain.Integrations;

namespace Panelist.Domain.Notifications;

/// <summary>
/// One e-mail or webhook call on its way out: written with the change that raised it, then claimed, sent and settled by
/// the notification dispatcher exactly like a connector <see cref="Delivery"/> (lease, no transaction across the call,
/// retries with backoff, dead letter). Everything needed to send is rendered in: the sender never reads domain rows.
/// </summary>
public sealed class NotificationDelivery : ITenantOwned
{
    public const int BodyLength = 20_000;

    private NotificationDelivery()
    {
    }

    internal NotificationDelivery(Guid organizationId, NotificationChannel channel, Recipient recipient, NotificationEventKind kind, string address,
        string language, RenderedMessage message, string? calendar, DateTime now)
    {
        // Here, not as an initializer: EF's constructor would generate an id (a system call) for every row it reads.
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        Channel = channel;
        RecipientKey = recipient.Key;
        EventKind = kind;
        Address = address;
        Language = language;
        Subject = message.Subject;
        Body = message.Body;
        Calendar = calendar;
        Status = NotificationDeliveryStatus.Pending;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public Guid Id { get; private init; }

    public Guid OrganizationId { get; private set; }

    public NotificationChannel Channel { get; private set; }

    public string RecipientKey { get; private set; } = "";

    public NotificationEventKind EventKind { get; private set; }

    /// <summary>The e-mail address, or the webhook URL.</summary>
    public string Address { get; private set; } = "";

    public string Language { get; private set; } = "en";

    public string Subject { get; private set; } = "";

    /// <summary>The e-mail's text, or the webhook's JSON body.</summary>
    public string Body { get; private set; } = "";

    /// <summary>The iCalendar (.ics) attachment of an e-mail about an interview's time.</summary>
    public string? Calendar { get; private set; }

    public NotificationDeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    public string? LastError { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTime? LeasedUntil { get; private set; }

    /// <summary>Sent with every attempt (webhook header, e-mail Message-ID) so receivers can drop a repeat.</summary>
    public string IdempotencyKey => Id.ToString("N");

    internal void Delivered(DateTime now)
    {
        Attempts++;
        Status = NotificationDeliveryStatus.Delivered;
        DeliveredAt = now;
        LastError = null;
        Release();
    }

    internal void RetryAt(DateTime next, string reason)
    {
        Attempts++;
        NextAttemptAt = next;
        LastError = BoundedText.Fit(reason, BoundedText.ErrorLength);
        Release();
    }

    internal void DeadLetter(string reason)
    {
        Attempts++;
        Status = NotificationDeliveryStatus.DeadLettered;
        LastError = BoundedText.Fit(reason, BoundedText.ErrorLength);
        Release();
    }

    private void Release()
    {
        LeaseOwner = null;
        LeasedUntil = null;
    }
}
