using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Http;

namespace Panelist.Integrations.Greenhouse;

/// <summary>
/// Sends the requests of one connector call to Harvest: Basic auth with the API key and <c>On-Behalf-Of</c> (v1/v2), or a
/// cached OAuth bearer token (v3). Reads every answer's <c>X-RateLimit-*</c> headers, so that a call needing several
/// requests stops as soon as Greenhouse says the window is used up instead of spending a request on a certain 429.
/// </summary>
internal sealed class HarvestClient(ConnectorContext context)
{
    private readonly Uri _root = GreenhouseSettings.Root(context.Settings, GreenhouseSettings.BaseUrl);
    private DateTimeOffset _exhaustedUntil = DateTimeOffset.MinValue;

    public HarvestPaths Paths { get; } = HarvestPaths.From(context.Settings);

    public string ActingUserId => GreenhouseSettings.Value(context.Settings, GreenhouseSettings.OnBehalfOf) ?? "";

    public async Task<HarvestAnswer> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        var what = $"{method} {path.Split('?')[0]}";
        if (_exhaustedUntil > DateTimeOffset.UtcNow)
        {
            var until = _exhaustedUntil;
            return new HarvestAnswer(429, "", what,
                new RetryLater(null, $"Greenhouse's rate limit window is used up (X-RateLimit-Remaining: 0) before {what}") { ThrottledUntil = until });
        }

        var answer = await SendOnceAsync(method, path, body, what, refreshToken: false, cancellationToken);
        if (answer.Status == 401 && Paths.IsV3 && !answer.What.StartsWith("POST token", StringComparison.Ordinal))
        {
            // A cached token Greenhouse no longer accepts (revoked, rotated credentials): one fresh token, one more try.
            answer = await SendOnceAsync(method, path, body, what, refreshToken: true, cancellationToken);
        }

        return answer;
    }

    private async Task<HarvestAnswer> SendOnceAsync(HttpMethod method, string path, JsonObject? body, string what, bool refreshToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_root, path));
        if (Paths.IsV3)
        {
            var token = await TokenCache.GetAsync(context, refreshToken, cancellationToken);
            if (token.Failure is { } failure)
            {
                return failure;
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        }
        else
        {
            var key = GreenhouseSettings.Value(context.Settings, GreenhouseSettings.ApiKey) ?? "";
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(key + ":")));
            request.Headers.Add("On-Behalf-Of", ActingUserId);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await context.HttpClient.SendAsync(request, cancellationToken);
        var answer = await ReadAsync(response, what, cancellationToken);
        if (answer.ExhaustedUntil is { } until)
        {
            _exhaustedUntil = until;
        }

        return answer;
    }

    /// <summary>Reads an answer and the retry it calls for; shared with the token request.</summary>
    public static async Task<HarvestAnswer> ReadAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var exhaustedUntil = VendorResponse.RateLimit(response, now) is { IsExhausted: true, ResetsAt: { } resets } && resets > now ? resets : (DateTimeOffset?)null;
        var reason = $"HTTP {status} from {what}: {GreenhouseErrors.Shorten(text)}";
        var retry = VendorResponse.ToRetryLater(response, now, reason)
            ?? (status is 408 or >= 500 ? new RetryLater(VendorResponse.RetryAfter(response, now), reason) : null);
        return new HarvestAnswer(status, text, what, retry) { ExhaustedUntil = exhaustedUntil };
    }
}
