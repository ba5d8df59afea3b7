using System.Text.Json;
using Panelist.Plugins.Sdk;

namespace Panelist.Integrations.Greenhouse;

/// <summary>What Greenhouse answered to one request, read once: the status, the body, and a retry when the answer calls for one.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The body as text (empty when none).</param>
/// <param name="What">The request, e.g. <c>POST v2/scheduled_interviews</c>, for reasons; never carries a secret.</param>
/// <param name="Retry">Set for a throttle (429, a 503 that says how long, a used-up allowance), a 5xx or a 408.</param>
internal sealed record HarvestAnswer(int Status, string Body, string What, RetryLater? Retry = null)
{
    /// <summary>When Greenhouse said no request is left in its window (<c>X-RateLimit-Remaining: 0</c>), the window's reset.</summary>
    public DateTimeOffset? ExhaustedUntil { get; init; }

    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The body as JSON, or null when it is not JSON.</summary>
    public JsonElement? Json()
    {
        if (string.IsNullOrWhiteSpace(Body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The <c>id</c> of the object in the body, as text.</summary>
    public string? Id() => Json() is { ValueKind: JsonValueKind.Object } root ? IdOf(root) : null;

    public static string? IdOf(JsonElement item) =>
        item.TryGetProperty("id", out var id) ? id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText() : null;

    /// <summary>The objects of a list answer: a bare array (v1), or the array under one of the given properties (v3, unconfirmed shapes).</summary>
    public IEnumerable<JsonElement> Items(params string[] properties)
    {
        switch (Json())
        {
            case { ValueKind: JsonValueKind.Array } array:
                return array.EnumerateArray().ToList();
            case { ValueKind: JsonValueKind.Object } root:
                foreach (var name in properties)
                {
                    if (root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
                    {
                        return list.EnumerateArray().ToList();
                    }
                }

                break;
        }

        return [];
    }
}
