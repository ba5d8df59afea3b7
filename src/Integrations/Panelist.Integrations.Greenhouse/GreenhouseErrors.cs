using System.Text.Json;
using Panelist.Plugins.Sdk;

namespace Panelist.Integrations.Greenhouse;

/// <summary>
/// Turns a Greenhouse answer that is not a success into a delivery result. Greenhouse's documented codes: 401 for a bad or
/// missing key, 403 for a key without the endpoint's permission or an acting user without access to the record, 404 for an
/// unknown record, 422 with <c>{"message":"Validation error","errors":[{"message","field"}]}</c>, 429 throttled, 5xx.
/// </summary>
internal static class GreenhouseErrors
{
    public const int MaxReasonLength = 300;

    /// <param name="answer">A failed answer.</param>
    /// <param name="notFoundCode">What a 404 means for this request, e.g. <c>APPLICATION_NOT_FOUND</c>.</param>
    public static DeliveryResult ToResult(HarvestAnswer answer, string notFoundCode)
    {
        if (answer.Retry is { } retry)
        {
            return retry;
        }

        var said = Message(answer.Body);
        var token = answer.What.StartsWith("POST token", StringComparison.Ordinal);
        return answer.Status switch
        {
            401 when token => new Rejected("GREENHOUSE_BAD_CREDENTIALS", Bound($"Greenhouse's token endpoint refused the OAuth client id and secret (401): {said}")),
            401 => new Rejected("GREENHOUSE_BAD_CREDENTIALS", Bound($"Greenhouse refused the credentials (401) for {answer.What}: {said}")),
            403 => new Rejected("GREENHOUSE_PERMISSION_DENIED",
                Bound($"Greenhouse denied {answer.What} (403): the credential lacks this endpoint's permission, or the acting user may not manage the record. {said}")),
            404 => new Rejected(notFoundCode, Bound($"Greenhouse found no such record for {answer.What} (404): {said}")),
            422 => new Rejected("GREENHOUSE_VALIDATION_FAILED", Bound($"Greenhouse refused {answer.What} (422): {said}")),
            _ => new Rejected($"HTTP_{answer.Status}", Bound($"Greenhouse answered {answer.Status} to {answer.What}: {said}")),
        };
    }

    /// <summary>Greenhouse's own words: the top-level message and each error's field and message; else the body, shortened.</summary>
    public static string Message(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Shorten(body);
            }

            var parts = new List<string>();
            if (root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
            {
                parts.Add(message.GetString()!);
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in errors.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
                {
                    var text = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : error.GetRawText();
                    parts.Add(error.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? $"{f.GetString()}: {text}" : text!);
                }
            }

            return parts.Count > 0 ? Shorten(string.Join("; ", parts)) : Shorten(body);
        }
        catch (JsonException)
        {
            return Shorten(body);
        }
    }

    public static string Shorten(string body)
    {
        var text = string.IsNullOrWhiteSpace(body) ? "(empty body)" : body.Trim();
        return Bound(text);
    }

    private static string Bound(string text) => text.Length <= MaxReasonLength ? text : text[..(MaxReasonLength - 1)] + "…";
}
