using System.Collections.Concurrent;
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
/// <remarks>
/// A rotated-out refresh token no longer works, so two calls must never spend the same one. Refreshes of one
/// installation are serialized in this process and re-read the store after taking the gate (the call before may
/// have refreshed already). Another replica can still spend the token at the same moment; its answer reaches the
/// store only after ours is refused, so an <c>invalid_grant</c> waits for a rotated token to appear before it is final.
/// </remarks>
internal sealed class LeverAuth(ConnectorContext context)
{
    public const string TokenKey = "oauth:token";
    public const string RefreshKey = "oauth:refresh";

    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxRotationWait = TimeSpan.FromSeconds(10);
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> Refreshing = new();

    private bool IsOAuth => LeverSettings.Get(context.Settings, LeverSettings.AuthMode) == LeverSettings.OAuthMode;

    /// <summary>The header, or the failure that prevents one. <paramref name="refused"/> is an access token Lever just answered 401 to.</summary>
    public async Task<(AuthenticationHeaderValue? Header, DeliveryResult? Failure)> HeaderAsync(string? refused, CancellationToken cancellationToken)
    {
        if (!IsOAuth)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(LeverSettings.Get(context.Settings, LeverSettings.ApiKey) + ":"));
            return (new AuthenticationHeaderValue("Basic", basic), null);
        }

        if (await CachedAsync(refused, cancellationToken) is { } cached)
        {
            return (Bearer(cached), null);
        }

        var gate = Refreshing.GetOrAdd(context.InstallationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // The call that held the gate before may have refreshed: its token serves this call too.
            return await CachedAsync(refused, cancellationToken) is { } fresh ? (Bearer(fresh), null) : await RefreshAsync(refused, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Whether a 401 may be cured by a new access token (only an OAuth token can have expired early).</summary>
    public bool CanRefresh => IsOAuth;

    private async Task<string?> CachedAsync(string? refused, CancellationToken cancellationToken) =>
        context.Store is { } store && await store.GetJsonAsync<CachedToken>(TokenKey, cancellationToken) is { } cached
            && cached.AccessToken != refused && cached.ExpiresAt - Margin > DateTimeOffset.UtcNow
            ? cached.AccessToken
            : null;

    private async Task<(AuthenticationHeaderValue? Header, DeliveryResult? Failure)> RefreshAsync(string? refused, CancellationToken cancellationToken)
    {
        var refresh = await RefreshTokenAsync(cancellationToken);
        var (header, failure) = await ExchangeAsync(refresh, cancellationToken);
        if (failure is not Rejected || context.Store is null)
        {
            return (header, failure);
        }

        // Another replica may be spending the same refresh token right now and will store the rotated one when Lever
        // answers it: wait for that before the refusal stands, within half of the call's budget (the client's timeout)
        // so that a refusal that is real still ends as Rejected rather than as a timeout.
        var half = context.HttpClient.Timeout / 2;
        var wait = half < MaxRotationWait ? half : MaxRotationWait;
        var until = DateTimeOffset.UtcNow + wait;
        while (DateTimeOffset.UtcNow < until)
        {
            await Task.Delay(PollEvery, cancellationToken);
            if (await CachedAsync(refused, cancellationToken) is { } theirs)
            {
                return (Bearer(theirs), null);
            }

            if (await RefreshTokenAsync(cancellationToken) is var rotated && rotated != refresh)
            {
                return await ExchangeAsync(rotated, cancellationToken);
            }
        }

        return (header, failure);
    }

    private async Task<string> RefreshTokenAsync(CancellationToken cancellationToken) =>
        (context.Store is { } store ? await store.GetAsync(RefreshKey, cancellationToken) : null) ?? LeverSettings.Get(context.Settings, LeverSettings.OAuthRefreshToken);

    private async Task<(AuthenticationHeaderValue? Header, DeliveryResult? Failure)> ExchangeAsync(string refresh, CancellationToken cancellationToken)
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
        var now = DateTimeOffset.UtcNow;
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
            // The rotated refresh token first, and whatever the caller's cancellation: losing it loses the grant, while
            // a lost access token only costs one more refresh.
            if (root.TryGetProperty("refresh_token", out var rotated) && rotated.GetString() is { Length: > 0 } next && next != refresh)
            {
                await writable.SetAsync(RefreshKey, next, CancellationToken.None);
            }

            await writable.SetJsonAsync(TokenKey, new CachedToken(token, now + lifetime), CancellationToken.None);
        }

        return (Bearer(token), null);
    }

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    private static RetryLater? VendorResponse(HttpResponseMessage response, DateTimeOffset now) =>
        response.StatusCode == HttpStatusCode.TooManyRequests || response.StatusCode == HttpStatusCode.ServiceUnavailable
            ? Plugins.Sdk.Http.VendorResponse.ToRetryLater(response, now, $"Lever's token endpoint answered {(int)response.StatusCode}")
            : null;

    internal sealed record CachedToken(string AccessToken, DateTimeOffset ExpiresAt);
}
