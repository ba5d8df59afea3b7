using System.Net;
using System.Text.Json;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Http;

namespace Panelist.Integrations.Template;

/// <summary>How the template turns the ATS's HTTP answer into a delivery result. Adapt it to your vendor's API.</summary>
internal static class ResponseMapping
{
    private const int MaxReasonLength = 300;

    public static async Task<DeliveryResult> ToDeliveryResultAsync(HttpResponseMessage response, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);

        // A 429, or a 503 that says how long (Retry-After, X-RateLimit-Reset), throttles the whole installation until then:
        // the host holds its other deliveries and spends no attempt. A bare 503 is a failure of this delivery.
        if (VendorResponse.ToRetryLater(response, now, $"HTTP {status}: {Shorten(body)}") is { } later)
        {
            return later;
        }

        return status switch
        {
            >= 200 and < 300 => new Delivered(ExternalId(body)),
            408 or >= 500 => new RetryLater(VendorResponse.RetryAfter(response, now), $"HTTP {status}: {Shorten(body)}"),
            _ => new Rejected($"HTTP_{status}", Shorten(body)),
        };
    }

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
