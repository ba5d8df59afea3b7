using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace Panelist.Testing.Vendors;

/// <summary>
/// Lever's v1 API on a real port, as ats-apis.md §2 and §6 describe it: Basic auth with the key as user name (or a
/// Bearer token from its OAuth endpoint), 401 <c>UnauthorizedError</c> otherwise; <c>perform_as</c> required on
/// every write (400 otherwise); <c>{"data":…}</c> envelopes and paged lists; flat <c>{"code","message"}</c> errors;
/// a token bucket of 20 refilled at 10/s whose overflow is a bare 429 (no Retry-After, no rate-limit headers).
/// Tests can force the next answers (429s, 503s) and read every request it received.
/// </summary>
public sealed partial class FakeLever : IDisposable
{
    public const string ApiKey = "lever-test-key";
    public const string ActingUser = "user-coordinator";

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly object _gate = new();
    private readonly Queue<int> _forced = new();
    private double _tokens = 20;
    private DateTimeOffset _refilledAt = DateTimeOffset.UtcNow;
    private int _ids;
    private int _exchanges;

    public FakeLever()
    {
        Users.Add(ActingUser);
        // The token endpoint answers asynchronously, so that a slow answer holds no thread of the server.
        _server.Given(Request.Create().WithPath("/oauth/token").UsingPost()).AtPriority(1).RespondWith(Response.Create().WithCallback(TokenAsync));
        _server.Given(Request.Create().WithPath(new RegexMatcher("^/v1/opportunities/[^/]+/panels$")).UsingPost()).AtPriority(2)
            .RespondWith(Response.Create().WithCallback(GhostableAsync));
        _server.Given(Request.Create().UsingAnyMethod()).AtPriority(10).RespondWith(Response.Create().WithCallback(Answer));
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

    /// <summary>How long a successful token answer takes after the refresh token is rotated (a slow vendor).</summary>
    public TimeSpan TokenDelay { get; set; }

    /// <summary>Runs before each token request is judged, so that a test can play another replica spending the refresh token first.</summary>
    public Action? BeforeToken { get; set; }

    /// <summary>The next panel create is committed, then answered after the client's request timeout (a "ghost write").</summary>
    public bool GhostNextPanel { get; set; }

    /// <summary>How long the ghost panel create takes to answer: longer than the caller's request timeout.</summary>
    public TimeSpan GhostDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Refresh-token exchanges answered with a new access token.</summary>
    public int TokenExchanges => _exchanges;

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

    /// <summary>Every request the fake received, as WireMock logged it (method, path, query, headers, body), oldest first.</summary>
    public IReadOnlyList<WireMock.Logging.ILogEntry> Requests => [.. _server.LogEntries.OrderBy(e => e.RequestMessage.DateTime)];

    public void Dispose() => _server.Stop();

    private WireMock.ResponseMessage Answer(WireMock.IRequestMessage request)
    {
        var query = request.Query ?? new Dictionary<string, WireMockList<string>>();
        var performAs = query.TryGetValue("perform_as", out var values) ? values.FirstOrDefault() : null;
        var received = new Received(request.Method, request.Path, performAs, request.Body is { Length: > 0 } b && request.Path != "/oauth/token" ? JsonNode.Parse(b) as JsonObject : null,
            request.Headers?.TryGetValue("Authorization", out var auth) == true ? auth.FirstOrDefault() : null, DateTimeOffset.UtcNow);
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

    private async Task<WireMock.IResponseMessage> TokenAsync(WireMock.IRequestMessage request)
    {
        var raw = request.BodyData?.BodyAsFormUrlEncoded is { } parsed ? string.Join('&', parsed.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")) : request.Body ?? "";
        var form = raw.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));
        BeforeToken?.Invoke();
        (string Access, string Refresh) issued;
        lock (_gate)
        {
            if (form.GetValueOrDefault("grant_type") != "refresh_token" || form.GetValueOrDefault("refresh_token") != RefreshToken || form.GetValueOrDefault("client_secret") != "client-secret")
            {
                return Json(400, new JsonObject { ["error"] = "invalid_grant" });
            }

            issued = Issue();
        }

        if (TokenDelay > TimeSpan.Zero)
        {
            await Task.Delay(TokenDelay);
        }

        return Json(200, new JsonObject { ["access_token"] = issued.Access, ["refresh_token"] = issued.Refresh, ["expires_in"] = 3600, ["token_type"] = "Bearer" });
    }

    /// <summary>
    /// Issues an access token and rotates the refresh token, invalidating the old one at once (Lever's rotation is
    /// assumed here, so that the connector's handling of a rotated token is exercised).
    /// </summary>
    public (string Access, string Refresh) Issue()
    {
        lock (_gate)
        {
            Interlocked.Increment(ref _exchanges);
            var n = Interlocked.Increment(ref _ids);
            var token = $"access-{n}";
            AccessTokens.Add(token);
            RefreshToken = $"refresh-{n + 1}";
            return (token, RefreshToken);
        }
    }

    private async Task<WireMock.IResponseMessage> GhostableAsync(WireMock.IRequestMessage request)
    {
        var answer = Answer(request);
        bool ghost;
        lock (_gate)
        {
            (ghost, GhostNextPanel) = (GhostNextPanel && answer.StatusCode is 201, GhostNextPanel && answer.StatusCode is not 201);
        }

        if (ghost)
        {
            await Task.Delay(GhostDelay);
        }

        return answer;
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
