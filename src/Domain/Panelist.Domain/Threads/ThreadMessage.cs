using Panelist.Domain.Common;

namespace Panelist.Domain.Threads;

/// <summary>
/// One message in a thread. A thread has no row of its own: its id is the engagement's or the interview's, so it
/// exists from the moment its subject does and two first posts can never create two threads.
/// </summary>
public sealed class ThreadMessage : ITenantOwned
{
    public const int BodyLength = 8000;

    private ThreadMessage()
    {
    }

    internal ThreadMessage(ThreadScope thread, ThreadParticipant author, string body, IReadOnlyList<string> mentions,
        IReadOnlyList<LinkAttachment> attachments, DateTime now)
    {
        // Here, not as an initializer: EF's constructor would generate an id (a system call) for every row it reads.
        Id = Guid.CreateVersion7();
        OrganizationId = thread.OrganizationId;
        ThreadId = thread.ThreadId;
        EngagementId = thread.EngagementId;
        InterviewId = thread.InterviewId;
        AuthorKey = author.Key;
        AuthorName = author.Name;
        Body = body;
        Mentions = [.. mentions];
        Attachments = [.. attachments];
        CreatedAt = now;
    }

    public Guid Id { get; private init; }

    public Guid OrganizationId { get; private set; }

    /// <summary>The engagement's id for its thread, the interview's for an interview's thread.</summary>
    public Guid ThreadId { get; private set; }

    public Guid EngagementId { get; private set; }

    public Guid? InterviewId { get; private set; }

    /// <summary>The author as a <see cref="Notifications.Recipient.Key"/>.</summary>
    public string AuthorKey { get; private set; } = "";

    /// <summary>Kept as written: a staff user has no other record of their name.</summary>
    public string AuthorName { get; private set; } = "";

    public string Body { get; private set; } = "";

    /// <summary>Participants' keys, explicit or parsed from <c>@Name</c> in the body.</summary>
    public List<string> Mentions { get; private set; } = [];

    public List<LinkAttachment> Attachments { get; private set; } = [];

    public DateTime CreatedAt { get; private set; }
}
