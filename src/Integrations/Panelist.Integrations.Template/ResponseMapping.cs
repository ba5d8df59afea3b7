using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Panelist.Plugins.Sdk;

namespace Panelist.Integrations.Template;

/// <summary>How the template turns the ATS's HTTP answer into a delivery result. Adapt it to your vendor's API.</summary>
internal static class ResponseMapping
{
    private const int MaxReasonLength = 300;

    public static async Task<DeliveryResult> ToDeliveryResultAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return status switch
        {
            >= 200 and < 300 => new Delivered(ExternalId(body)),
            429 => new RetryLater(RetryAfter(response.Headers.RetryAfter), $"rate limited (429): {Shorten(body)}"),
            408 or >= 500 => new RetryLater(RetryAfter(response.Headers.RetryAfter), $"HTTP {status}: {Shorten(body)}"),
            _ => new Rejected($"HTTP_{status}", Shorten(body)),
        };
    }

    /// <summary><c>Retry-After</c> as seconds or as a date; <see langword="null"/> when absent.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>The ATS answers <c>{"id": "..."}</c>; any other body means no external id.</summary>
    private static string? ExternalId(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("id", out var id)
                ? id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string body)
    {
        var text = string.IsNullOrWhiteSpace(body) ? "(empty body)" : body.Trim();
        return text.Length <= MaxReasonLength ? text : text[..MaxReasonLength] + "…";
    }

    internal static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;
}
