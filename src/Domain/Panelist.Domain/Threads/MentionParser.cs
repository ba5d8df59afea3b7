using Panelist.Domain.Common;

namespace Panelist.Domain.Threads;

/// <summary>
/// The participants a message mentions: those named explicitly (by key), which must be participants, and those written
/// as <c>@Name</c> in the body, matched case-insensitively on the longest participant name.
/// </summary>
public static class MentionParser
{
    public static IReadOnlyList<string> Resolve(string body, IReadOnlyList<ThreadParticipant> participants, IReadOnlyList<string> explicitKeys)
    {
        var keys = participants.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var found = new List<string>();
        for (var i = 0; i < explicitKeys.Count; i++)
        {
            if (!keys.Contains(explicitKeys[i]))
            {
                throw new DomainRuleException(ErrorCodes.MentionNotParticipant, "Only the thread's participants can be mentioned.", $"mentions.{i}");
            }

            if (!found.Contains(explicitKeys[i]))
            {
                found.Add(explicitKeys[i]);
            }
        }

        foreach (var participant in participants.OrderByDescending(p => p.Name.Length))
        {
            if (!found.Contains(participant.Key) && Mentions(body, participant.Name))
            {
                found.Add(participant.Key);
            }
        }

        return found;
    }

    private static bool Mentions(string body, string name)
    {
        var at = "@" + name;
        for (var index = body.IndexOf(at, StringComparison.OrdinalIgnoreCase); index >= 0; index = body.IndexOf(at, index + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = index + at.Length;
            if (end == body.Length || !char.IsLetterOrDigit(body[end]))
            {
                return true;
            }
        }

        return false;
    }
}
