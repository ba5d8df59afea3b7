using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.State;

namespace Panelist.Integrations.Workday;

/// <summary>
/// Access tokens from Workday's token endpoint (<c>grant_type=refresh_token</c>, client authenticated with HTTP Basic;
/// ats-apis.md §3.2). The refresh token may rotate, and a rotated-out one no longer works, so the order is fixed:
/// the answer's refresh token and access token are committed to the store in one write immediately after the token
/// call returns, before the access token is used for anything; nothing between the two can fail but the write itself,
/// which is retried. Refreshes of one installation are serialized in this process and re-read the store first, so a
/// concurrent call never spends a refresh token another call already rotated.
/// </summary>
internal static class OAuthTokens
{
    public const string StoreKey = "oauth:token";
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> Refreshing = new();

    /// <summary>A usable access token, or the result the failure calls for. <paramref name="refused"/> is a token Workday just refused (HTTP 401).</summary>
    public static async Task<(string? Token, DeliveryResult? Failure)> GetAsync(ConnectorContext context, string? refused, CancellationToken cancellationToken)
    {
        if (context.Store is not { } store)
        {
            return (null, new Rejected("WORKDAY_STORE_REQUIRED", "The Workday connector keeps its rotating refresh token in the connector store, which this host does not provide (SDK 1.1 hosts do)."));
        }

        var gate = Refreshing.GetOrAdd(context.InstallationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var origin = Origin(context.Settings);
            var state = await store.GetJsonAsync<TokenState>(StoreKey, cancellationToken);
            state = state?.Origin == origin ? state : null;
            var now = DateTimeOffset.UtcNow;
            if (state is not null && state.AccessToken != refused && state.ExpiresAt - Skew > now)
            {
                return (state.AccessToken, null);
            }

            var refreshToken = state?.RefreshToken ?? WorkdaySettings.Get(context.Settings, WorkdaySettings.RefreshToken);
            return await RefreshAsync(context, store, origin, refreshToken, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<(string? Token, DeliveryResult? Failure)> RefreshAsync(ConnectorContext context, IConnectorStore store, string origin, string refreshToken,
        CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        using var request = new HttpRequestMessage(HttpMethod.Post, WorkdaySettings.TokenUri(settings));
        var client = $"{WorkdaySettings.Get(settings, WorkdaySettings.ClientId)}:{WorkdaySettings.Get(settings, WorkdaySettings.ClientSecret)}";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(client)));
        request.Content = new FormUrlEncodedContent([new("grant_type", "refresh_token"), new("refresh_token", refreshToken)]);
        using var response = await context.HttpClient.SendAsync(request, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (SoapAnswer.Throttled(response, settings, now, $"HTTP {(int)response.StatusCode} from the Workday token endpoint") is { } later)
        {
            return (null, later);
        }

        var status = (int)response.StatusCode;
        if (status is 408 or >= 500)
        {
            return (null, new RetryLater(null, $"HTTP {status} from the Workday token endpoint: {SoapAnswer.Bounded(text)}"));
        }

        var (access, rotated, expiresIn, error) = Parse(text);
        if (status is < 200 or >= 300 || access is null)
        {
            // invalid_grant: the refresh token is revoked, expired or was rotated out; invalid_client: wrong client id or secret.
            var code = error switch
            {
                "invalid_grant" => "WORKDAY_AUTH_INVALID_GRANT",
                "invalid_client" or "unauthorized_client" => "WORKDAY_AUTH_INVALID_CLIENT",
                _ => "WORKDAY_AUTH_FAILED",
            };
            return (null, new Rejected(code, $"Workday's token endpoint refused the installation (HTTP {status}{(error is null ? "" : ", " + error)}): issue a new refresh token for the API client and save it in the settings."));
        }

        var state = new TokenState(origin, string.IsNullOrEmpty(rotated) ? refreshToken : rotated, access, now + TimeSpan.FromSeconds(expiresIn ?? 3600));
        await CommitAsync(context, store, state, rotated is not null && rotated != refreshToken, cancellationToken);
        return (access, null);
    }

    /// <summary>The one write that keeps the (possibly rotated) refresh token; retried, since losing it loses the grant.</summary>
    private static async Task CommitAsync(ConnectorContext context, IConnectorStore store, TokenState state, bool rotated, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.SetJsonAsync(StoreKey, state, CancellationToken.None);
                if (rotated)
                {
                    context.Logger.LogInformation("Workday rotated the refresh token of installation {InstallationId}; the new one is stored.", context.InstallationId);
                }

                return;
            }
            catch (Exception e) when (attempt < 3 && e is not ArgumentException)
            {
                context.Logger.LogWarning("Storing the Workday token failed (attempt {Attempt}): {Error}", attempt, e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), cancellationToken);
            }
        }
    }

    private static (string? Access, string? Refresh, double? ExpiresIn, string? Error) Parse(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null, null);
            }

            string? Str(string name) => root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            double? expires = root.TryGetProperty("expires_in", out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var s) && s > 0 ? s : null;
            return (Str("access_token"), Str("refresh_token"), expires, Str("error"));
        }
        catch (JsonException)
        {
            return (null, null, null, null);
        }
    }

    private static string Origin(IReadOnlyDictionary<string, string> settings) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{WorkdaySettings.Get(settings, WorkdaySettings.ClientId)}\n{WorkdaySettings.Get(settings, WorkdaySettings.RefreshToken)}")))[..16];
}
