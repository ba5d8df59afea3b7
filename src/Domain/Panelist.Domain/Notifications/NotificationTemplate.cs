using Panelist.Domain.Common;

namespace Panelist.Domain.Notifications;

/// <summary>An organization's own wording (Fluid/Liquid) for one event kind in one language; shipped defaults fill the gaps.</summary>
public sealed class NotificationTemplate : Entity, ITenantOwned
{
    private NotificationTemplate()
        : base(default(FromStore))
    {
    }

    internal NotificationTemplate(Guid organizationId, NotificationEventKind kind, string language, string subject, string body)
    {
        OrganizationId = organizationId;
        EventKind = kind;
        Language = language;
        Subject = subject;
        Body = body;
    }

    public Guid OrganizationId { get; private set; }

    public NotificationEventKind EventKind { get; private set; }

    public string Language { get; private set; } = "en";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    internal void Change(string subject, string body)
    {
        Subject = subject;
        Body = body;
    }
}
