using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Panelist.Testing.Api;

/// <summary>Posts GraphQL documents over real HTTP and hands back the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public Task<GraphQLResponse> PostAsync(string query, object? variables = null) => PostAsync(query, variables, null);

    /// <summary>Posts with an <c>Idempotency-Key</c> header when <paramref name="idempotencyKey"/> is set.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables, string? idempotencyKey, CancellationToken ct = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (idempotencyKey is not null)
        {
            message.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        using var response = await Http.SendAsync(message, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        return new GraphQLResponse(response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), body)
        {
            Replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Contains("true"),
        };
    }

    public void Dispose() => Http.Dispose();
}

public sealed record GraphQLResponse(HttpStatusCode Status, JsonElement Json, string Body)
{
    /// <summary>The server answered with a stored response (<c>Idempotent-Replayed: true</c>).</summary>
    public bool Replayed { get; init; }

    public JsonElement Data => Json.GetProperty("data");

    public bool HasErrors => Json.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    public IReadOnlyList<string> ErrorCodes => HasErrors
        ? [.. Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)]
        : [];

    /// <summary>The payload errors of mutation <paramref name="field"/> as codes.</summary>
    public IReadOnlyList<string> PayloadErrors(string field) =>
        [.. Data.GetProperty(field).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];
}
