using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.State;

namespace Panelist.Integrations.Lever;

/// <summary>
/// The Authorization header for Lever: an API key as HTTP Basic user name with an empty password, or (partner apps)
/// an OAuth access token from the refresh-token grant, cached in the installation's store until shortly before it
/// expires. A refresh token Lever rotates is kept in the store and preferred over the one in the settings.
/// </summary>
internal sealed class LeverAuth(ConnectorContext context)
{
    public const string TokenKey = "oauth:token";
    public const string RefreshKey = "oauth:refresh";

    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RaceWait = TimeSpan.FromMilliseconds(250);

    private bool IsOAuth => LeverSettings.Get(context.Settings, LeverSettings.AuthMode) == LeverSettings.OAuthMode;

    /// <summary>The header, or the failure that prevents one (the token endpoint refused or failed).</summary>
    public async Task<(AuthenticationHeaderValue? Header, DeliveryResult? Failure)> HeaderAsync(bool fresh, CancellationToken cancellationToken)
    {
        if (!IsOAuth)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(LeverSettings.Get(context.Settings, LeverSettings.ApiKey) + ":"));
            return (new AuthenticationHeaderValue("Basic", basic), null);
        }

        var now = DateTimeOffset.UtcNow;
        if (!fresh && context.Store is { } store && await store.GetJsonAsync<CachedToken>(TokenKey, cancellationToken) is { } cached && cached.ExpiresAt - Margin > now)
        {
            return (new AuthenticationHeaderValue("Bearer", cached.AccessToken), null);
        }

        return await RefreshAsync(now, cancellationToken);
    }

    /// <summary>Whether a 401 may be cured by a new access token (only an OAuth token can have expired early).</summary>
    public bool CanRefresh => IsOAuth;

    private async Task<(AuthenticationHeaderValue? Header, DeliveryResult? Failure)> RefreshAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var refresh = await RefreshTokenAsync(cancellationToken);
        var (header, failure) = await ExchangeAsync(refresh, now, cancellationToken);
        if (failure is not Rejected || context.Store is not { } store)
        {
            return (header, failure);
        }

        // A concurrent call of the installation may have rotated the refresh token a moment ago: use what it obtained.
        await Task.Delay(RaceWait, cancellationToken);
        if (await store.GetJsonAsync<CachedToken>(TokenKey, cancellationToken) is { } cached && cached.ExpiresAt - Margin > now)
        {
            return (new AuthenticationHeaderValue("Bearer", cached.AccessToken), null);
        }

        var rotated = await RefreshTokenAsync(cancellationToken);
        return rotated == refresh ? (header, failure) : await ExchangeAsync(rotated, now, cancellationToken);
    }

    private async Task<string> RefreshTokenAsync(CancellationToken cancellationToken) =>
        (context.Store is { } store ? await store.GetAsync(RefreshKey, cancellationToken) : null) ?? LeverSettings.Get(context.Settings, LeverSettings.OAuthRefreshToken);

    private async Task<(AuthenticationHeaderValue? Header, DeliveryResult? Failure)> ExchangeAsync(string refresh, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, LeverSettings.Get(context.Settings, LeverSettings.OAuthTokenUrl))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refresh,
                ["client_id"] = LeverSettings.Get(context.Settings, LeverSettings.OAuthClientId),
                ["client_secret"] = LeverSettings.Get(context.Settings, LeverSettings.OAuthClientSecret),
            }),
        };
        using var response = await context.HttpClient.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if ((int)response.StatusCode is 400 or 401 or 403)
        {
            return (null, new Rejected("LEVER_OAUTH_REFUSED", $"Lever's token endpoint refused the refresh token ({(int)response.StatusCode}): {LeverResponses.Bounded(body)}"));
        }

        if (!response.IsSuccessStatusCode)
        {
            return (null, VendorResponse(response, now) ?? new RetryLater(null, $"Lever's token endpoint answered {(int)response.StatusCode}"));
        }

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var token = root.GetProperty("access_token").GetString()!;
        var lifetime = root.TryGetProperty("expires_in", out var seconds) && seconds.TryGetInt32(out var s) ? TimeSpan.FromSeconds(s) : TimeSpan.FromHours(1);
        if (context.Store is { } writable)
        {
            await writable.SetJsonAsync(TokenKey, new CachedToken(token, now + lifetime), cancellationToken);
            if (root.TryGetProperty("refresh_token", out var rotated) && rotated.GetString() is { Length: > 0 } next && next != refresh)
            {
                await writable.SetAsync(RefreshKey, next, cancellationToken);
            }
        }

        return (new AuthenticationHeaderValue("Bearer", token), null);
    }

    private static RetryLater? VendorResponse(HttpResponseMessage response, DateTimeOffset now) =>
        response.StatusCode == HttpStatusCode.TooManyRequests || response.StatusCode == HttpStatusCode.ServiceUnavailable
            ? Plugins.Sdk.Http.VendorResponse.ToRetryLater(response, now, $"Lever's token endpoint answered {(int)response.StatusCode}")
            : null;

    internal sealed record CachedToken(string AccessToken, DateTimeOffset ExpiresAt);
}
