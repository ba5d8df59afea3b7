using Panelist.Domain.Common;

namespace Panelist.Domain.Notifications;

/// <summary>An in-app notification: shown in the recipient's <c>notifications</c> connection until read, pushed as it commits.</summary>
public sealed class Notification : ITenantOwned
{
    private Notification()
    {
    }

    internal Notification(Guid organizationId, Recipient recipient, NotificationEventKind kind, RenderedMessage message, NotificationContext context, DateTime now)
    {
        // Here, not as an initializer: EF's constructor would generate an id (a system call) for every row it reads.
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        RecipientKey = recipient.Key;
        EventKind = kind;
        Title = message.Subject;
        Body = message.Body;
        EngagementId = context.EngagementId;
        InterviewId = context.InterviewId;
        ThreadId = context.ThreadId;
        CreatedAt = now;
    }

    public Guid Id { get; private init; }

    /// <summary>The organization whose event it is (an interviewer's notifications come from several).</summary>
    public Guid OrganizationId { get; private set; }

    public string RecipientKey { get; private set; } = "";

    public NotificationEventKind EventKind { get; private set; }

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    public Guid? EngagementId { get; private set; }

    public Guid? InterviewId { get; private set; }

    public Guid? ThreadId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    public void MarkRead(DateTime now) => ReadAt ??= now;
}
