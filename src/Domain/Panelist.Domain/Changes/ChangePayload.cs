using System.Text;
using System.Text.Json;

namespace Panelist.Domain.Changes;

/// <summary>
/// The NOTIFY payload: a JSON array of <c>{"k","o","s","e"}</c> (kind, organization, subject,
/// engagement), split so that no payload nears PostgreSQL's 8000-byte limit.
/// </summary>
public static class ChangePayload
{
    public const int MaxBytes = 7000;

    public static IEnumerable<string> Encode(IReadOnlyList<ChangeNotice> notices)
    {
        var batch = new StringBuilder("[");
        foreach (var notice in notices)
        {
            var item = JsonSerializer.Serialize(new Item(notice.Kind, notice.OrganizationId, notice.SubjectId, notice.EngagementId));
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
            return JsonSerializer.Deserialize<Item[]>(payload)?.Select(i => new ChangeNotice(i.K, i.O, i.S, i.E)).ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private sealed record Item(
        [property: System.Text.Json.Serialization.JsonPropertyName("k")] string K,
        [property: System.Text.Json.Serialization.JsonPropertyName("o")] Guid O,
        [property: System.Text.Json.Serialization.JsonPropertyName("s")] Guid S,
        [property: System.Text.Json.Serialization.JsonPropertyName("e")] Guid? E);
}
