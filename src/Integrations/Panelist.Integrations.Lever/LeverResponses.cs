using System.Text.Json;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Http;
using Panelist.Plugins.Sdk.State;

namespace Panelist.Integrations.Lever;

/// <summary>
/// Lever's answers as delivery results. Lever's errors are flat <c>{"code","message"}</c>; the message (bounded) goes
/// into the reason an admin reads. 401/403 and other 4xx are permanent (Rejected with a code), 404 means the
/// opportunity (or the object) is gone, 408 and 5xx are retried, and a 429 throttles the whole installation.
/// </summary>
internal static class LeverResponses
{
    public const int MaxReasonLength = 300;

    public static async Task<LeverAnswer> ReadAsync(HttpResponseMessage response, string what, IConnectorStore? store, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (status is >= 200 and < 300)
        {
            var root = Parse(body);
            return new LeverAnswer(status, root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) ? data : root, null) { Root = root };
        }

        var now = DateTimeOffset.UtcNow;
        var message = Message(body);
        DeliveryResult failure = status switch
        {
            // The host's own pacing answers 429 with Retry-After; Lever's 429 has none, so the connector backs off itself.
            429 when VendorResponse.RetryAfter(response, now) is not null => VendorResponse.ToRetryLater(response, now, $"{what}: HTTP 429 {message}")!,
            429 => await LeverThrottle.BackOffAsync(store, now, what, cancellationToken),
            401 => new Rejected("LEVER_UNAUTHORIZED", $"{what}: Lever refused the credentials (401): {message}"),
            403 => new Rejected("LEVER_FORBIDDEN", $"{what}: the credentials or the acting user may not do this (403): {message}"),
            404 => new Rejected("LEVER_NOT_FOUND", $"{what}: {message}"),
            503 => VendorResponse.ToRetryLater(response, now, $"{what}: HTTP 503 {message}")!,
            408 or >= 500 => new RetryLater(null, $"{what}: HTTP {status} {message}"),
            _ => new Rejected("LEVER_INVALID_REQUEST", $"{what}: Lever refused the request ({status}): {message}"),
        };
        return new LeverAnswer(status, default, failure);
    }

    /// <summary>Lever's <c>code: message</c> from an error body, else the body itself; bounded.</summary>
    public static string Message(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
            {
                var code = json.RootElement.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() + ": " : "";
                return Bounded(code + message.GetString());
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's error page): the text itself, bounded.
        }

        return Bounded(body);
    }

    public static string Bounded(string text)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? "(empty body)" : text.Trim();
        return trimmed.Length <= MaxReasonLength ? trimmed : trimmed[..MaxReasonLength] + "…";
    }

    private static JsonElement Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return default;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
