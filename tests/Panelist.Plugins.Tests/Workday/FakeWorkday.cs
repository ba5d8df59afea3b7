using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Web;
using System.Xml.Linq;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Panelist.Plugins.Tests.Workday;

/// <summary>
/// A Workday tenant as ats-apis.md §3 and §6 describe it, on a real port: the OAuth token endpoint
/// (<c>/ccx/oauth2/{tenant}/token</c>, <c>grant_type=refresh_token</c>, client by HTTP Basic) that rotates the refresh
/// token on every use and refuses a rotated-out one with <c>invalid_grant</c>; the Recruiting SOAP endpoint, which needs
/// a live Bearer token (or a WS-Security user name token), checks the namespace and <c>wd:version</c>, and answers
/// unknown references, unknown workers and an end before the start with a <c>Validation_Fault</c> (HTTP 500).
/// Throttling is not documented: the fake answers the next N calls 429, with or without <c>Retry-After</c>.
/// </summary>
internal sealed class FakeWorkday : IDisposable
{
    public const string Tenant = "acme_impl";
    public const string Version = "v31.2";
    public const string ClientId = "panelist-api-client";
    public const string ClientSecret = "client-secret";
    public const string FirstRefreshToken = "rt-1";
    public const string IsuUser = "ISU_Panelist@acme_impl";
    public const string IsuPassword = "isu-password";
    private static readonly XNamespace Env = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Wd = "urn:com.workday/bsvc";
    private static readonly XNamespace Wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _accessTokens = new();
    private readonly ConcurrentDictionary<string, bool> _interviews = new();
    private readonly Lock _tokenLock = new();
    private string _refreshToken = FirstRefreshToken;
    private int _issued;
    private int _throttleNext;

    public FakeWorkday()
    {
        _server.Given(Request.Create().WithPath($"/ccx/oauth2/{Tenant}/token").UsingPost()).RespondWith(Response.Create().WithCallback(Token));
        _server.Given(Request.Create().WithPath($"/ccx/service/{Tenant}/Recruiting/{Version}").UsingPost()).RespondWith(Response.Create().WithCallback(Soap));
    }

    public string BaseUrl => _server.Url!;

    /// <summary>How long an access token lives (<c>expires_in</c>).</summary>
    public TimeSpan AccessLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The refresh tokens the token endpoint received, in order.</summary>
    public ConcurrentQueue<string> RefreshTokensUsed { get; } = new();

    /// <summary>Every SOAP request that passed authentication: the operation and its request element.</summary>
    public ConcurrentQueue<(string Operation, XElement Request)> Calls { get; } = new();

    public int Throttled => _throttled;

    private int _throttled;

    public HashSet<string> Workers { get; } = ["21001", "21002"];

    /// <summary>The reference ids the tenant has configured (ratings, competencies, proficiency ratings, interview types).</summary>
    public HashSet<string> References { get; } = ["RATING-YES", "RATING-NO", "COMP-DESIGN", "PROF-3", "ITYPE-TECH"];

    /// <summary>The next <paramref name="count"/> SOAP calls are answered 429, with this Retry-After (null: none).</summary>
    public void ThrottleNext(int count, string? retryAfter) => (_throttleNext, ThrottleRetryAfter) = (count, retryAfter);

    public string? ThrottleRetryAfter { get; private set; }

    /// <summary>The next SOAP calls answer 500 without a fault (a flaky tenant).</summary>
    public int FailNext { get; set; }

    /// <summary>Workday revokes every access token it issued (e.g. the API client's tokens were reset).</summary>
    public void ExpireAccessTokens() => _accessTokens.Clear();

    public string CurrentRefreshToken
    {
        get
        {
            lock (_tokenLock)
            {
                return _refreshToken;
            }
        }
    }

    public void Dispose() => _server.Stop();

    private WireMock.ResponseMessage Token(WireMock.IRequestMessage request)
    {
        var form = HttpUtility.ParseQueryString(request.Body ?? "");
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
        if (Header(request, "Authorization") != $"Basic {basic}")
        {
            return Json(401, """{"error":"invalid_client","error_description":"Invalid client credentials"}""");
        }

        var presented = form["refresh_token"] ?? "";
        RefreshTokensUsed.Enqueue(presented);
        lock (_tokenLock)
        {
            if (form["grant_type"] != "refresh_token" || presented != _refreshToken)
            {
                return Json(400, """{"error":"invalid_grant","error_description":"Invalid refresh token"}""");
            }

            var n = ++_issued;
            _refreshToken = $"rt-{n + 1}";
            var access = $"at-{n}";
            _accessTokens[access] = DateTimeOffset.UtcNow + AccessLifetime;
            return Json(200, $$"""{"access_token":"{{access}}","token_type":"Bearer","expires_in":{{(int)AccessLifetime.TotalSeconds}},"refresh_token":"{{_refreshToken}}"}""");
        }
    }

    private WireMock.ResponseMessage Soap(WireMock.IRequestMessage request)
    {
        var envelope = XDocument.Parse(request.Body ?? "").Root!;
        if (Header(request, "Authorization") is { } authorization && authorization.StartsWith("Bearer ", StringComparison.Ordinal)
            && !(_accessTokens.TryGetValue(authorization["Bearer ".Length..], out var until) && until > DateTimeOffset.UtcNow))
        {
            return Json(401, """{"error":"invalid_token","error_description":"The access token is invalid or has expired"}""");
        }

        if (Header(request, "Authorization") is null && !UsernameTokenValid(envelope))
        {
            // ats-apis.md section 6: bad credentials are a SOAP fault with HTTP 500 (the fault code is a guess the connector makes a setting of).
            return Fault(500, "SOAP-ENV:Client.authenticationError", "invalid username or password", null);
        }

        if (Interlocked.Decrement(ref _throttleNext) >= 0)
        {
            Interlocked.Increment(ref _throttled);
            var response = Xml(429, "<html><body>Too Many Requests</body></html>");
            if (ThrottleRetryAfter is { } seconds)
            {
                response.Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Retry-After"] = new(seconds), ["Content-Type"] = new("text/html") };
            }

            return response;
        }

        if (FailNext > 0)
        {
            FailNext--;
            return Xml(500, "<html><body>Internal Server Error</body></html>");
        }

        var operation = envelope.Element(Env + "Body")?.Elements().FirstOrDefault();
        if (operation is null || operation.Name.Namespace != Wd || (string?)operation.Attribute(Wd + "version") != Version)
        {
            return Fault(500, "SOAP-ENV:Client", "Invalid request: unknown namespace or version", Processing("The request version is not supported."));
        }

        var name = operation.Name.LocalName.Replace("_Request", "", StringComparison.Ordinal);
        Calls.Enqueue((name, operation));
        return name switch
        {
            "Put_Interview" => PutInterview(operation.Element(Wd + "Interview_Data")!),
            "Put_Interview_Feedback" => PutFeedback(operation.Element(Wd + "Interview_Feedback_Data")!),
            "Get_Interviews" => Envelope("Get_Interviews_Response",
                new XElement(Wd + "Response_Results", new XElement(Wd + "Total_Results", _interviews.Count), new XElement(Wd + "Total_Pages", 1),
                    new XElement(Wd + "Page_Results", Math.Min(1, _interviews.Count)), new XElement(Wd + "Page", 1))),
            _ => Fault(500, "SOAP-ENV:Client", $"Unknown operation {name}", Processing($"{name} is not an operation of Recruiting {Version}.")),
        };
    }

    private WireMock.ResponseMessage PutInterview(XElement data)
    {
        if (Invalid(data, "Job_Application_Reference", id => id.StartsWith("app-", StringComparison.Ordinal)) is { } badApplication)
        {
            return badApplication;
        }

        var session = data.Element(Wd + "Interview_Session_Data");
        var details = session?.Element(Wd + "Interview_Session_Details_Data");
        if (details?.Element(Wd + "Interviewers_Reference") is not null && Invalid(details, "Interviewers_Reference", Workers.Contains) is { } badWorker)
        {
            return badWorker;
        }

        if (details?.Element(Wd + "Interview_Type_Reference") is not null && Invalid(details, "Interview_Type_Reference", References.Contains) is { } badType)
        {
            return badType;
        }

        if (details is not null && DateTimeOffset.Parse(details.Element(Wd + "Interview_End_Time")!.Value, CultureInfo.InvariantCulture) <= DateTimeOffset.Parse(details.Element(Wd + "Interview_Start_Time")!.Value, CultureInfo.InvariantCulture))
        {
            return Validation("Interview end time must be after the start time.", "wd:Interview_Session_Details_Data/wd:Interview_End_Time");
        }

        var wid = data.Element(Wd + "Interview_Event_Reference")?.Element(Wd + "ID")?.Value;
        if (wid is not null && !_interviews.ContainsKey(wid))
        {
            return Validation($"Invalid ID value. '{wid}' is not a valid ID value for type = WID", "wd:Interview_Event_Reference/wd:ID");
        }

        wid ??= $"INT-EVT-{_interviews.Count + 1}";
        _interviews[wid] = (string?)session?.Attribute(Wd + "Delete") != "true";
        return Envelope("Put_Interview_Response", new XElement(Wd + "Interview_Event_Reference", new XElement(Wd + "ID", new XAttribute(Wd + "type", "WID"), wid)));
    }

    private WireMock.ResponseMessage PutFeedback(XElement data)
    {
        var details = data.Element(Wd + "Interview_Feedback_Details_Data")!;
        if (Invalid(details, "Interviewer_Reference", Workers.Contains) is { } badWorker)
        {
            return badWorker;
        }

        foreach (var reference in details.Descendants().Where(e => e.Name.LocalName is "Interview_Feedback_Rating_Reference" or "Competency_Reference" or "Proficiency_Rating_Reference"))
        {
            if (Invalid(reference.Parent!, reference.Name.LocalName, References.Contains) is { } badReference)
            {
                return badReference;
            }
        }

        var wid = data.Element(Wd + "Interview_Event_Reference")?.Element(Wd + "ID")?.Value ?? $"FB-EVT-{Calls.Count}";
        return Envelope("Put_Interview_Feedback_Response", new XElement(Wd + "Interview_Event_Reference", new XElement(Wd + "ID", new XAttribute(Wd + "type", "WID"), wid)));
    }

    private static bool UsernameTokenValid(XElement envelope)
    {
        var token = envelope.Element(Env + "Header")?.Element(Wsse + "Security")?.Element(Wsse + "UsernameToken");
        return token?.Element(Wsse + "Username")?.Value == IsuUser && token.Element(Wsse + "Password")?.Value == IsuPassword;
    }

    /// <summary>A Validation_Fault when the reference's ID is not one the tenant knows.</summary>
    private static WireMock.ResponseMessage? Invalid(XElement parent, string element, Func<string, bool> known)
    {
        var id = parent.Element(Wd + element)?.Element(Wd + "ID");
        return id is not null && known(id.Value)
            ? null
            : Validation($"Invalid ID value. '{id?.Value}' is not a valid ID value for type = {(string?)id?.Attribute(Wd + "type")}", $"wd:{element}/wd:ID");
    }

    private static WireMock.ResponseMessage Validation(string message, string xpath) =>
        Fault(500, "SOAP-ENV:Client.validationError", "Validation error occurred. " + message,
            new XElement(Wd + "Validation_Fault", new XElement(Wd + "Validation_Error",
                new XElement(Wd + "Message", message), new XElement(Wd + "Detail_Message", message), new XElement(Wd + "Xpath", xpath))));

    private static XElement Processing(string message) => new(Wd + "Processing_Fault", new XElement(Wd + "Detail_Message", message));

    private static WireMock.ResponseMessage Fault(int status, string code, string text, XElement? detail) =>
        Xml(status, new XElement(Env + "Envelope", new XAttribute(XNamespace.Xmlns + "SOAP-ENV", Env), new XAttribute(XNamespace.Xmlns + "wd", Wd),
            new XElement(Env + "Body", new XElement(Env + "Fault",
                new XElement("faultcode", code), new XElement("faultstring", text), detail is null ? null : new XElement("detail", detail)))).ToString());

    private static WireMock.ResponseMessage Envelope(string response, params object[] content) =>
        Xml(200, new XElement(Env + "Envelope", new XAttribute(XNamespace.Xmlns + "env", Env), new XAttribute(XNamespace.Xmlns + "wd", Wd),
            new XElement(Env + "Body", new XElement(Wd + response, new XAttribute(Wd + "version", Version), content))).ToString());

    private static string? Header(WireMock.IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private static WireMock.ResponseMessage Xml(int status, string body) => Answer(status, body, "text/xml; charset=utf-8");

    private static WireMock.ResponseMessage Json(int status, string body) => Answer(status, body, "application/json");

    private static WireMock.ResponseMessage Answer(int status, string body, string contentType) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new(contentType) },
        BodyData = new WireMock.Util.BodyData { BodyAsString = body, DetectedBodyType = WireMock.Types.BodyType.String, Encoding = Encoding.UTF8 },
    };
}
