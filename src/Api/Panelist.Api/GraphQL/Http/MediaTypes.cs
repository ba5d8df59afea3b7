using Microsoft.Net.Http.Headers;

namespace Panelist.Api.GraphQL.Http;

/// <summary>Response media type negotiation of the GraphQL-over-HTTP spec.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The best acceptable type; application/json when Accept is absent or wildcard; null when nothing fits (406).</summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0)
        {
            return Json;
        }

        foreach (var candidate in accept.OrderByDescending(a => a.Quality ?? 1.0))
        {
            if (candidate.Quality == 0)
            {
                continue;
            }

            var type = candidate.MediaType.Value;
            if (string.Equals(type, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (string.Equals(type, Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*")
            {
                return Json;
            }
        }

        return null;
    }

    /// <summary>POST bodies must be application/json in UTF-8 (no charset means UTF-8).</summary>
    public static bool IsJsonUtf8(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && string.Equals(type.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (type.Charset.Value is null || string.Equals(type.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));
}
