using Panelist.Api.GraphQL.Errors;

namespace Panelist.Api.GraphQL.Http;

/// <summary>
/// The one writer of transport-level refusals (400, 401, 405, 406, 413, 415, 429): a GraphQL response
/// body with a single error and its <c>extensions.code</c>, and no <c>data</c>, since nothing executed.
/// </summary>
public static class TransportErrors
{
    public static Task WriteAsync(HttpContext http, int status, string code, string message,
        IReadOnlyDictionary<string, object>? extensions = null, CancellationToken ct = default)
    {
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        var fields = new Dictionary<string, object> { ["code"] = code };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object>())
        {
            fields[key] = value;
        }

        return http.Response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = fields } } },
            ct == default ? http.RequestAborted : ct);
    }

    public static Task BadRequest(HttpContext http, int status, string message) => WriteAsync(http, status, ApiErrorCodes.BadRequest, message);
}
