using Panelist.Domain.Common;

namespace Panelist.Domain.Notifications;

/// <summary>
/// A person who receives notifications and takes part in threads. <see cref="Key"/> (<c>interviewer:&lt;id&gt;</c> or
/// <c>user:&lt;subject&gt;</c>) is how rows name them: users have no table of their own, only their sign-in subject.
/// </summary>
public sealed record Recipient(RecipientKind Kind, string Id)
{
    public const int KeyLength = 200;

    public string Key => $"{(Kind == RecipientKind.Interviewer ? "interviewer" : "user")}:{Id}";

    public Guid? InterviewerId => Kind == RecipientKind.Interviewer ? Guid.Parse(Id) : null;

    public static Recipient Interviewer(Guid interviewerId) => new(RecipientKind.Interviewer, interviewerId.ToString());

    public static Recipient User(string subject) => new(RecipientKind.User, subject);

    /// <summary>The acting person; null for the system or a connector, who receive nothing.</summary>
    public static Recipient? Of(Actor actor) => actor switch
    {
        { InterviewerId: { } id } => Interviewer(id),
        { Type: ActorType.User } => User(actor.Id),
        _ => null,
    };

    public static Recipient? Parse(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == key.Length - 1)
        {
            return null;
        }

        var id = key[(colon + 1)..];
        return key[..colon] switch
        {
            "interviewer" when Guid.TryParse(id, out var guid) => Interviewer(guid),
            "user" when id.Length <= KeyLength - 5 => User(id),
            _ => null,
        };
    }
}
