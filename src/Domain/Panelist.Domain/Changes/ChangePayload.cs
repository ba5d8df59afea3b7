using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Panelist.Domain.Changes;

/// <summary>
/// The NOTIFY payload: a JSON array of <c>{"k","o","s","e","i"}</c> (kind, organization, subject,
/// engagement, interviewer; <c>i</c> left out when the row names no interviewer), split so that no payload nears PostgreSQL's 8000-byte limit.
/// </summary>
public static class ChangePayload
{
    public const int MaxBytes = 7000;

    public static IEnumerable<string> Encode(IReadOnlyList<ChangeNotice> notices)
    {
        var batch = new StringBuilder("[");
        foreach (var notice in notices)
        {
            var item = JsonSerializer.Serialize(new Item(notice.Kind, notice.OrganizationId, notice.SubjectId, notice.EngagementId, notice.InterviewerId));
            if (batch.Length > 1 && batch.Length + item.Length + 2 > MaxBytes)
            {
                yield return batch.Append(']').ToString();
                batch.Clear().Append('[');
            }

            batch.Append(batch.Length > 1 ? "," : "").Append(item);
        }

        if (batch.Length > 1)
        {
            yield return batch.Append(']').ToString();
        }
    }

    /// <summary>The notices of one payload; an unreadable payload (another writer on the channel) yields none.</summary>
    public static IReadOnlyList<ChangeNotice> Decode(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<Item[]>(payload)?.Select(i => new ChangeNotice(i.K, i.O, i.S, i.E, i.I)).ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private sealed record Item(
        [property: JsonPropertyName("k")] string K,
        [property: JsonPropertyName("o")] Guid O,
        [property: JsonPropertyName("s")] Guid S,
        [property: JsonPropertyName("e")] Guid? E,
        [property: JsonPropertyName("i"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? I = null);
}
