using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Panelist.Testing.Api;

/// <summary>Posts GraphQL documents over real HTTP and hands back the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), body);
    }

    public void Dispose() => Http.Dispose();
}

public sealed record GraphQLResponse(HttpStatusCode Status, JsonElement Json, string Body)
{
    public JsonElement Data => Json.GetProperty("data");

    public bool HasErrors => Json.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    public IReadOnlyList<string> ErrorCodes => HasErrors
        ? [.. Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)]
        : [];

    /// <summary>The payload errors of mutation <paramref name="field"/> as codes.</summary>
    public IReadOnlyList<string> PayloadErrors(string field) =>
        [.. Data.GetProperty(field).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];
}
