using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace Panelist.Plugins.Tests.Greenhouse;

/// <summary>
/// Greenhouse Harvest on a real port, as /work/shared/reference/ats-apis.md documents it: Basic auth with the key as user
/// name (401 otherwise), On-Behalf-Of on writes (403 without a user who may act), a v3 token endpoint and Bearer tokens,
/// scheduled interviews (create under /v2, list by external_event_id and delete under /v1, PATCH under /v2) and candidate
/// notes, a per-credential rolling window (X-RateLimit-Limit/-Remaining on every answer, then 429 with Retry-After and
/// X-RateLimit-Reset), and error bodies in Greenhouse's shape. No idempotency: every POST creates.
/// </summary>
internal sealed partial class FakeGreenhouse : IDisposable
{
    public const string ApiKey = "harvest-key-1";
    public const string ClientId = "gh-client";
    public const string ClientSecret = "gh-secret";
    public const long ActingUser = 4080;
    public const long Application = 102717462;
    public const long Candidate = 55501;
    public const long PlanInterview = 8055374;

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _windows = [];
    private readonly HashSet<string> _tokens = [];
    private long _nextInterview = 109170950;
    private long _nextNote = 226809050;

    public FakeGreenhouse()
    {
        _server.Given(Request.Create().WithPath("/*").UsingAnyMethod()).RespondWith(Response.Create().WithCallback(Handle));
    }

    public string BaseUrl => _server.Url! + "/";

    public string TokenUrl => _server.Url! + "/token";

    /// <summary>Requests per window and credential (Greenhouse's documented example: 50 per 10 s).</summary>
    public int Limit { get; init; } = 50;

    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Users who may manage the application (and so may be On-Behalf-Of).</summary>
    public HashSet<long> Users { get; } = [ActingUser, 4711];

    /// <summary>The status for a write whose On-Behalf-Of user may not act (unconfirmed; 403 by default, 404 as seen in issue 393).</summary>
    public int NoAccessStatus { get; init; } = 403;

    /// <summary>The next N requests answer 500.</summary>
    public int FailNext { get; set; }

    /// <summary>The next create is committed, then answered too late for the client (a "ghost write").</summary>
    public bool SlowNextCreate { get; set; }

    public TimeSpan SlowAnswer { get; init; } = TimeSpan.FromSeconds(2);

    public ConcurrentDictionary<long, JsonObject> Interviews { get; } = new();

    public ConcurrentQueue<JsonObject> Notes { get; } = new();

    public ConcurrentQueue<Recorded> Journal { get; } = new();

    public int Throttled { get; private set; }

    public int TokensIssued { get; private set; }

    /// <summary>Requests the same key made elsewhere (another integration of the client's), counted in the current window.</summary>
    public void Spend(int requests, string credential = ApiKey)
    {
        lock (_gate)
        {
            for (var n = 0; n < requests; n++)
            {
                WindowOf(credential).Enqueue(DateTimeOffset.UtcNow);
            }
        }
    }

    public IEnumerable<Recorded> Calls(string method, string pathStart) =>
        Journal.Where(r => r.Method == method && r.Path.StartsWith(pathStart, StringComparison.Ordinal));

    public void Dispose() => _server.Stop();

    private ResponseMessage Handle(IRequestMessage request)
    {
        var path = request.Path;
        var body = request.Body ?? "";
        var header = (string name) => request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        var recorded = new Recorded(request.Method, path, request.RawQuery ?? "", body, header("Authorization") ?? "", header("On-Behalf-Of"));
        ResponseMessage answer;
        var slow = false;
        lock (_gate)
        {
            (answer, slow) = Route(request, path, body, header);
        }

        Journal.Enqueue(recorded with { Status = answer.StatusCode is int status ? status : 0 });
        if (slow)
        {
            Thread.Sleep(SlowAnswer);
        }

        return answer;
    }

    private (ResponseMessage, bool Slow) Route(IRequestMessage request, string path, string body, Func<string, string?> header)
    {
        if (path == "/token" && request.Method == "POST")
        {
            return (Token(header("Authorization"), body), false);
        }

        var credential = Credential(path, header("Authorization"));
        if (credential is null)
        {
            return (Json(401, """{"errors":[{"message":"Invalid Basic Auth credentials"}]}"""), false);
        }

        var window = WindowOf(credential);
        var now = DateTimeOffset.UtcNow;
        while (window.Count > 0 && window.Peek() <= now - Window)
        {
            window.Dequeue();
        }

        if (window.Count >= Limit)
        {
            Throttled++;
            var reset = window.Peek() + Window;
            var throttled = Json(429, """{"errors":[{"message":"Rate limit exceeded"}]}""", window);
            throttled.Headers!["Retry-After"] = new WireMockList<string>(((int)Math.Ceiling((reset - now).TotalSeconds)).ToString(CultureInfo.InvariantCulture));
            return (throttled, false);
        }

        window.Enqueue(now);
        if (FailNext > 0)
        {
            FailNext--;
            return (Json(500, """{"errors":[{"message":"Internal server error"}]}""", window), false);
        }

        if (request.Method == "GET" && body.Length > 0)
        {
            return (Json(403, """{"errors":[{"message":"GET requests must not carry a body"}]}""", window), false);
        }

        var v3 = path.StartsWith("/v3/", StringComparison.Ordinal);
        if (request.Method != "GET" && !v3 && !(long.TryParse(header("On-Behalf-Of"), CultureInfo.InvariantCulture, out var actor) && Users.Contains(actor)))
        {
            return (NoAccessStatus == 404
                ? Json(404, """{"errors":[{"message":"Not found"}]}""", window)
                : Json(403, """{"errors":[{"message":"The On-Behalf-Of user does not have access to this resource"}]}""", window), false);
        }

        return (Api(request.Method, path, request.Query, body, header("On-Behalf-Of"), window, v3), SlowCreate(request.Method, path));
    }

    private ResponseMessage Token(string? authorization, string body)
    {
        if (authorization != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}")) || !body.Contains("grant_type=client_credentials", StringComparison.Ordinal))
        {
            return Json(401, """{"error":"invalid_client"}""");
        }

        var token = $"v3-token-{++TokensIssued}";
        _tokens.Add(token);
        return Json(200, new JsonObject { ["token_type"] = "Bearer", ["access_token"] = token, ["expires_at"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O") }.ToJsonString());
    }

    private string? Credential(string path, string? authorization)
    {
        if (path.StartsWith("/v3/", StringComparison.Ordinal))
        {
            return authorization is { } bearer && bearer.StartsWith("Bearer ", StringComparison.Ordinal) && _tokens.Contains(bearer[7..]) ? "v3:" + ClientId : null;
        }

        return authorization == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ApiKey + ":")) ? ApiKey : null;
    }

    private Queue<DateTimeOffset> WindowOf(string credential)
    {
        if (!_windows.TryGetValue(credential, out var window))
        {
            _windows[credential] = window = new Queue<DateTimeOffset>();
        }

        return window;
    }

    /// <summary>A JSON answer; with the credential's window, the rate-limit headers every Harvest answer carries.</summary>
    private ResponseMessage Json(int status, string json, Queue<DateTimeOffset>? window = null)
    {
        var headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") };
        if (window is not null)
        {
            headers["X-RateLimit-Limit"] = new(Limit.ToString(CultureInfo.InvariantCulture));
            headers["X-RateLimit-Remaining"] = new(Math.Max(0, Limit - window.Count).ToString(CultureInfo.InvariantCulture));
            if (window.Count >= Limit)
            {
                // Whole Unix seconds, rounded up so that the window has really moved on when the reset comes.
                headers["X-RateLimit-Reset"] = new(((long)Math.Ceiling((window.Peek() + Window).ToUnixTimeMilliseconds() / 1000.0)).ToString(CultureInfo.InvariantCulture));
            }
        }

        return new ResponseMessage
        {
            StatusCode = status,
            Headers = headers,
            BodyData = new BodyData { BodyAsString = json, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
    }

    /// <param name="Status">What the fake answered.</param>
    public sealed record Recorded(string Method, string Path, string Query, string Body, string Authorization, string? OnBehalfOf, int Status = 0)
    {
        public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
    }
}
