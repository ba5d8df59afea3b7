using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.State;

namespace Panelist.Integrations.Greenhouse;

/// <summary>
/// Harvest v3 access tokens by OAuth client credentials (<c>POST {tokenUrl}</c>, form <c>grant_type=client_credentials&amp;sub=</c>,
/// Basic auth with the client id and secret), cached in the installation's store until shortly before they expire, so that
/// deliveries on every server share one token instead of asking for one per call.
/// </summary>
internal static class TokenCache
{
    /// <summary>A token this close to its expiry is renewed rather than sent.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(60);

    public static async Task<TokenResult> GetAsync(ConnectorContext context, bool refresh, CancellationToken cancellationToken)
    {
        var key = StoreKey(context.Settings);
        if (!refresh && context.Store is { } store && await store.GetJsonAsync<CachedToken>(key, cancellationToken) is { } cached
            && cached.ExpiresAt - Margin > DateTimeOffset.UtcNow)
        {
            return new TokenResult(cached.AccessToken, null);
        }

        var tokenUrl = new Uri(GreenhouseSettings.Value(context.Settings, GreenhouseSettings.TokenUrl) ?? "https://auth.greenhouse.io/token");
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenUrl);
        var client = $"{GreenhouseSettings.Value(context.Settings, GreenhouseSettings.ClientId)}:{GreenhouseSettings.Value(context.Settings, GreenhouseSettings.ClientSecret)}";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(client)));
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials") };
        if (GreenhouseSettings.Value(context.Settings, GreenhouseSettings.OnBehalfOf) is { } user)
        {
            form.Add(new("sub", user));
        }

        request.Content = new FormUrlEncodedContent(form);
        using var response = await context.HttpClient.SendAsync(request, cancellationToken);
        var answer = await HarvestClient.ReadAsync(response, "POST token", cancellationToken);
        if (!answer.IsSuccess)
        {
            return new TokenResult("", answer);
        }

        if (answer.Json() is not { ValueKind: JsonValueKind.Object } json || !json.TryGetProperty("access_token", out var accessToken) || accessToken.GetString() is not { Length: > 0 } token)
        {
            return new TokenResult("", answer with { Status = 502, Retry = new RetryLater(null, "Greenhouse's token answer had no access_token") });
        }

        var expiresAt = ExpiresAt(json, context.Settings);
        if (context.Store is { } writable)
        {
            await writable.SetJsonAsync(key, new CachedToken(token, expiresAt), cancellationToken);
        }

        return new TokenResult(token, null);
    }

    /// <summary><c>expires_at</c> (seen in client code), else <c>expires_in</c> (OAuth's usual field), else the configured lifetime.</summary>
    private static DateTimeOffset ExpiresAt(JsonElement json, IReadOnlyDictionary<string, string> settings)
    {
        if (json.TryGetProperty("expires_at", out var at) && at.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(at.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expires))
        {
            return expires;
        }

        if (json.TryGetProperty("expires_in", out var inSeconds) && inSeconds.TryGetInt32(out var seconds))
        {
            return DateTimeOffset.UtcNow.AddSeconds(seconds);
        }

        var lifetime = int.TryParse(GreenhouseSettings.Value(settings, GreenhouseSettings.TokenLifetimeSeconds), NumberStyles.None, CultureInfo.InvariantCulture, out var configured)
            ? configured
            : 3600;
        return DateTimeOffset.UtcNow.AddSeconds(lifetime);
    }

    /// <summary>One key per credential and acting user, so that changed settings never reuse a token issued for others.</summary>
    private static string StoreKey(IReadOnlyDictionary<string, string> settings)
    {
        var identity = string.Join('\n', GreenhouseSettings.Value(settings, GreenhouseSettings.TokenUrl), GreenhouseSettings.Value(settings, GreenhouseSettings.ClientId),
            GreenhouseSettings.Value(settings, GreenhouseSettings.ClientSecret), GreenhouseSettings.Value(settings, GreenhouseSettings.OnBehalfOf));
        return "oauth-token:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..32];
    }

    private sealed record CachedToken(string AccessToken, DateTimeOffset ExpiresAt);
}
