namespace Panelist.Domain.Threads;

/// <summary>How far one participant has read one thread: messages after <see cref="ReadUpTo"/> are unread for them.</summary>
public sealed class ThreadReadMark
{
    private ThreadReadMark()
    {
    }

    internal ThreadReadMark(Guid threadId, string participantKey, DateTime readUpTo)
    {
        ThreadId = threadId;
        ParticipantKey = participantKey;
        ReadUpTo = readUpTo;
    }

    public Guid ThreadId { get; private set; }

    public string ParticipantKey { get; private set; } = "";

    public DateTime ReadUpTo { get; private set; }

    internal void Advance(DateTime to)
    {
        if (to > ReadUpTo)
        {
            ReadUpTo = to;
        }
    }
}
