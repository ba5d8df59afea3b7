using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace Panelist.Plugins.Tests.Lever;

/// <summary>
/// Lever's v1 API on a real port, as ats-apis.md §2 and §6 describe it: Basic auth with the key as user name (or a
/// Bearer token from its OAuth endpoint), 401 <c>UnauthorizedError</c> otherwise; <c>perform_as</c> required on
/// every write (400 otherwise); <c>{"data":…}</c> envelopes and paged lists; flat <c>{"code","message"}</c> errors;
/// a token bucket of 20 refilled at 10/s whose overflow is a bare 429 (no Retry-After, no rate-limit headers).
/// Tests can force the next answers (429s, 503s) and read every request it received.
/// </summary>
internal sealed partial class FakeLever : IDisposable
{
    public const string ApiKey = "lever-test-key";
    public const string ActingUser = "user-coordinator";

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly object _gate = new();
    private readonly Queue<int> _forced = new();
    private double _tokens = 20;
    private DateTimeOffset _refilledAt = DateTimeOffset.UtcNow;
    private int _ids;

    public FakeLever()
    {
        Users.Add(ActingUser);
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(Answer));
    }

    public string BaseUrl => _server.Url! + "/v1/";

    public string TokenUrl => _server.Url! + "/oauth/token";

    public HashSet<string> Users { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Opportunities { get; } = new(StringComparer.Ordinal);

    /// <summary>Feedback templates by id: their title and field ids.</summary>
    public Dictionary<string, (string Text, string[] Fields)> Templates { get; } = new(StringComparer.Ordinal);

    /// <summary>Every request in arrival order (also the refused ones).</summary>
    public ConcurrentQueue<Received> Journal { get; } = new();

    public ConcurrentDictionary<string, JsonObject> Notes { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, JsonObject> Feedback { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, JsonObject> Panels { get; } = new(StringComparer.Ordinal);

    /// <summary>The OAuth refresh token it accepts, and the access tokens it issued.</summary>
    public string RefreshToken { get; set; } = "refresh-1";

    public ConcurrentBag<string> AccessTokens { get; } = [];

    /// <summary>Page size of <c>GET /feedback_templates</c> regardless of <c>limit</c>, so that paging is exercised.</summary>
    public int TemplatePageSize { get; set; } = 2;

    /// <summary>The next <paramref name="count"/> API answers are <paramref name="status"/> (a bare 429, or a 503 for maintenance).</summary>
    public void Force(int status, int count)
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _forced.Enqueue(status);
            }
        }
    }

    public IEnumerable<Received> Writes => Journal.Where(r => r.Method != "GET" && !r.Path.StartsWith("/oauth", StringComparison.Ordinal));

    public void Dispose() => _server.Stop();

    private WireMock.ResponseMessage Answer(WireMock.IRequestMessage request)
    {
        var query = request.Query ?? new Dictionary<string, WireMockList<string>>();
        var performAs = query.TryGetValue("perform_as", out var values) ? values.FirstOrDefault() : null;
        var received = new Received(request.Method, request.Path, performAs, request.Body is { Length: > 0 } b && request.Path != "/oauth/token" ? JsonNode.Parse(b) as JsonObject : null,
            request.Headers?.TryGetValue("Authorization", out var auth) == true ? auth.FirstOrDefault() : null, DateTimeOffset.UtcNow);
        if (request.Path == "/oauth/token")
        {
            return Token(request);
        }

        Journal.Enqueue(received);
        if (!Authorized(received.Authorization))
        {
            return Error(401, "UnauthorizedError", "The request requires authentication.");
        }

        lock (_gate)
        {
            if (_forced.TryDequeue(out var status))
            {
                return status == 429 ? Bare429() : Error(status, "ServiceUnavailable", "Lever is down for maintenance.");
            }

            var now = DateTimeOffset.UtcNow;
            _tokens = Math.Min(20, _tokens + (now - _refilledAt).TotalSeconds * 10);
            _refilledAt = now;
            if (_tokens < 1)
            {
                return Bare429();
            }

            _tokens -= 1;
        }

        if (received.Method != "GET")
        {
            if (performAs is null)
            {
                return Error(400, "BadRequestError", "perform_as is required for this request.");
            }

            if (!Users.Contains(performAs))
            {
                return Error(400, "BadRequestError", $"perform_as user {performAs} was not found.");
            }
        }

        return Route(received, query);
    }

    private bool Authorized(string? header)
    {
        if (header is null)
        {
            return false;
        }

        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])) == ApiKey + ":";
        }

        return header.StartsWith("Bearer ", StringComparison.Ordinal) && AccessTokens.Contains(header[7..]);
    }

    private WireMock.ResponseMessage Token(WireMock.IRequestMessage request)
    {
        var raw = request.BodyData?.BodyAsFormUrlEncoded is { } parsed ? string.Join('&', parsed.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")) : request.Body ?? "";
        var form = raw.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));
        if (form.GetValueOrDefault("grant_type") != "refresh_token" || form.GetValueOrDefault("refresh_token") != RefreshToken || form.GetValueOrDefault("client_secret") != "client-secret")
        {
            return Json(400, new JsonObject { ["error"] = "invalid_grant" });
        }

        var token = $"access-{Interlocked.Increment(ref _ids)}";
        AccessTokens.Add(token);
        // Lever rotates refresh tokens (assumed here, so the connector's handling of a rotated token is exercised).
        RefreshToken = $"refresh-{_ids}";
        return Json(200, new JsonObject { ["access_token"] = token, ["refresh_token"] = RefreshToken, ["expires_in"] = 3600, ["token_type"] = "Bearer" });
    }

    private string NextId(string prefix) => $"{prefix}-{Interlocked.Increment(ref _ids)}";

    private static WireMock.ResponseMessage Bare429() =>
        new() { StatusCode = 429, BodyData = Body("""{"code":"TooManyRequests","message":"Rate limit exceeded."}""") };

    private static WireMock.ResponseMessage Error(int status, string code, string message) =>
        Json(status, new JsonObject { ["code"] = code, ["message"] = message });

    private static WireMock.ResponseMessage Data(int status, JsonNode data) => Json(status, new JsonObject { ["data"] = data });

    private static WireMock.ResponseMessage Json(int status, JsonObject body) =>
        new()
        {
            StatusCode = status, BodyData = Body(body.ToJsonString()),
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        };

    private static BodyData Body(string json) => new() { BodyAsString = json, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 };

    /// <param name="PerformAs">The <c>perform_as</c> query value, or null.</param>
    /// <param name="Body">The JSON body, or null.</param>
    public sealed record Received(string Method, string Path, string? PerformAs, JsonObject? Body, string? Authorization, DateTimeOffset At);
}
