using Panelist.Domain.Notifications;

namespace Panelist.Domain.Threads;

/// <summary>Someone who may write in a thread and be mentioned: an assigned interviewer, or a client user who has written in it.</summary>
public sealed record ThreadParticipant(Recipient Person, string Name)
{
    public string Key => Person.Key;
}
