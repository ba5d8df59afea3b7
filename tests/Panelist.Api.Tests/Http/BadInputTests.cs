using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;

namespace Panelist.Api.Tests.Http;

/// <summary>
/// Malformed, oversized, hostile or misdirected requests get a 4xx or a coded GraphQL error, never a 500
/// or an INTERNAL error, and the server keeps answering. One seeded SQLite world is shared (read only).
/// </summary>
public sealed class BadInputTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string Normal = """{"query":"{ viewer { role } }"}""";

    [Fact]
    public async Task Malformed_JSON_body_is_400()
    {
        var (status, _, body) = await SendAsync(HttpMethod.Post, """{"query": "{ viewer { role } }" """, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["BAD_REQUEST"], Codes(body));
        await AssertStillAnswersAsync();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData(null)]
    public async Task Body_that_is_not_declared_JSON_is_415(string? contentType)
    {
        var (status, _, body) = await SendAsync(HttpMethod.Post, Normal, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal(["BAD_REQUEST"], Codes(body));
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Unknown_field_is_a_coded_error_without_data(string accept, HttpStatusCode expected)
    {
        var (status, _, body) = await SendAsync(HttpMethod.Post, """{"query":"{ viewer { role } noSuchField }"}""", "application/json", accept);

        Assert.Equal(expected, status);
        Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], Codes(body));
        Assert.False(JsonDocument.Parse(body).RootElement.TryGetProperty("data", out _), body);
    }

    [Fact]
    public async Task Variable_of_the_wrong_type_is_a_coded_error_without_data()
    {
        using var client = await ClientAsync();

        var response = await client.PostAsync("query($n: Int) { interviewers(first: $n) { totalCount } }", new { n = "twenty" });

        var code = Assert.Single(response.ErrorCodes);
        Assert.NotEqual("INTERNAL", code);
        Assert.False(response.Json.TryGetProperty("data", out _), response.Body);
    }

    [Fact]
    public async Task One_megabyte_document_is_413()
    {
        var padded = $$"""{"query":"{ viewer { role } {{new string(' ', 1 << 20)}} }"}""";

        var (status, _, body) = await SendAsync(HttpMethod.Post, padded, "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], Codes(body));
        await AssertStillAnswersAsync();
    }

    [Theory]
    [InlineData(50)]
    [InlineData(100)]
    public async Task Deeply_nested_query_is_refused_with_a_limit_code(int depth)
    {
        using var client = await ClientAsync();

        var response = await client.PostAsync(Nested(depth));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var code = Assert.Single(response.ErrorCodes);
        Assert.NotEqual("INTERNAL", code);
        Assert.False(response.Json.TryGetProperty("data", out _), response.Body);
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Alias_bomb_over_the_document_limit_is_413_DOCUMENT_TOO_LARGE()
    {
        var (status, _, body) = await SendAsync(HttpMethod.Post, AliasBomb(2_000), "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], Codes(body));
        await AssertStillAnswersAsync();
    }

    /// <summary>700 × interviewers(first: 100) asks for up to 70,000 rows in a 29 kB document: complexity must refuse it.</summary>
    [Fact]
    public async Task Alias_bomb_within_the_document_limit_is_refused_with_a_code()
    {
        var bomb = AliasBomb(700);
        Assert.InRange(JsonDocument.Parse(bomb).RootElement.GetProperty("query").GetString()!.Length, 1, 32 * 1024);

        var (status, _, body) = await SendAsync(HttpMethod.Post, bomb, "application/json");

        Assert.True((int)status < 500, body);
        var codes = Codes(body);
        Assert.True(codes.Count > 0 && !codes.Contains("INTERNAL"), $"{(int)status}: {body[..Math.Min(200, body.Length)]}");
        Assert.False(JsonDocument.Parse(body).RootElement.TryGetProperty("data", out _), "The bomb was executed.");
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Every_single_character_change_of_a_cursor_is_INVALID_CURSOR()
    {
        using var client = await ClientAsync();
        var cursor = await EndCursorAsync(client, "{ interviewers(first: 3) { pageInfo { endCursor } } }", "interviewers");
        var tampered = Enumerable.Range(0, cursor.Length).Select(i => cursor[..i] + (cursor[i] == 'A' ? 'B' : 'A') + cursor[(i + 1)..]).ToList();
        var document = string.Concat(tampered.Select((c, i) => $" p{i}: interviewers(first: 2, after: \"{c}\") {{ totalCount }}"));

        var response = await client.PostAsync("{" + document + " }");

        var refused = response.Json.GetProperty("errors").EnumerateArray()
            .Where(e => e.GetProperty("extensions").GetProperty("code").GetString() == "INVALID_CURSOR")
            .Select(e => e.GetProperty("path")[0].GetString()).ToHashSet();
        var accepted = tampered.Where((_, i) => !refused.Contains($"p{i}")).Select(Decoded).ToList();
        Assert.True(accepted.Count == 0, $"Real cursor {Decoded(cursor)}; accepted after tampering: {string.Join(" | ", accepted)}");
    }

    [Fact]
    public async Task Cursor_of_another_connection_or_order_is_INVALID_CURSOR()
    {
        using var client = await ClientAsync();
        var skills = await EndCursorAsync(client, "{ skills(first: 3) { pageInfo { endCursor } } }", "skills");
        var byRate = await EndCursorAsync(client, "{ interviewers(first: 3, order: [{ hourlyRate: DESC }]) { pageInfo { endCursor } } }", "interviewers");

        var response = await client.PostAsync("""
            query($skills: String!, $byRate: String!) {
              fromSkills: interviewers(first: 2, after: $skills) { totalCount }
              fromOtherOrder: interviewers(first: 2, after: $byRate) { totalCount }
              garbage: interviewers(last: 2, before: "not-a-cursor") { totalCount }
            }
            """, new { skills, byRate });

        Assert.Equal(["INVALID_CURSOR", "INVALID_CURSOR", "INVALID_CURSOR"], response.ErrorCodes);
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task GET_with_a_mutation_is_405_with_Allow_and_changes_nothing()
    {
        var slug = $"get-{Guid.NewGuid():N}"[..20];
        var mutation = $$"""mutation { createSkill(input: { slug: "{{slug}}", name: "Via GET", category: "Test" }) { skill { id } errors { code } } }""";

        var (query, _, _) = await SendAsync(HttpMethod.Get, null, null, uri: "/graphql?query=" + Uri.EscapeDataString("{ viewer { role } }"));
        var (status, headers, body) = await SendAsync(HttpMethod.Get, null, null, uri: "/graphql?query=" + Uri.EscapeDataString(mutation));

        using var admin = (await worlds.For(DatabaseProvider.Sqlite)).As(Role.PlatformAdmin);
        var skills = await admin.PostAsync("query($slug: String!) { skills(where: { slug: { eq: $slug } }) { totalCount } }", new { slug });
        Assert.Equal(0, skills.Data.GetProperty("skills").GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, query);
        Assert.True(status == HttpStatusCode.MethodNotAllowed, $"{(int)status} {body}");
        Assert.Contains("POST", headers["Allow"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PUT_is_405_with_Allow()
    {
        var (status, headers, _) = await SendAsync(HttpMethod.Put, Normal, "application/json");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal("GET, POST", headers["Allow"]);
    }

    [Fact]
    public async Task Accept_text_html_is_406()
    {
        var (status, _, _) = await SendAsync(HttpMethod.Post, Normal, "application/json", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, status);
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Fourth_request_over_a_limit_of_three_is_429_THROTTLED_with_Retry_After()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        await using var api = new PanelistApiFactory(world.Database, ("Limits:RequestsPerWindow", "3"));
        using var client = api.ClientAs(Role.Recruiter, world.Acme);

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add((await client.PostAsync("{ viewer { role } }")).Status);
        }

        using var fourth = await client.Http.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent(Normal, Encoding.UTF8, "application/json"));

        Assert.All(allowed, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.True(fourth.Headers.RetryAfter?.Delta > TimeSpan.Zero, fourth.Headers.ToString());
        Assert.Equal(["THROTTLED"], Codes(await fourth.Content.ReadAsStringAsync()));
    }

    /// <summary>A query nested <paramref name="depth"/> fields deep: engagements → nodes → (interviews → nodes → engagement)… → id.</summary>
    private static string Nested(int depth)
    {
        var path = new List<string> { "engagements(first: 1)", "nodes" };
        string[] cycle = ["interviews(first: 1)", "nodes", "engagement"];
        while (path.Count < depth - 1)
        {
            path.Add(cycle[(path.Count - 2) % cycle.Length]);
        }

        var leaf = path[^1].StartsWith("interviews", StringComparison.Ordinal) ? "totalCount" : "id";
        return "{ " + string.Concat(path.Select(p => p + " { ")) + leaf + string.Concat(Enumerable.Repeat(" }", path.Count)) + " }";
    }

    private static string AliasBomb(int aliases)
    {
        var document = new StringBuilder("{");
        for (var i = 0; i < aliases; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"a{i}:interviewers(first:100){{nodes{{name}}}} ");
        }

        return JsonSerializer.Serialize(new { query = document.Append('}').ToString() });
    }

    private static string Decoded(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return "(not base64url)";
        }
    }

    private static IReadOnlyList<string> Codes(string body) => JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors)
        ? [.. errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)]
        : [];

    private static async Task<string> EndCursorAsync(GraphQLClient client, string query, string field)
    {
        var response = await client.PostAsync(query);
        Assert.False(response.HasErrors, response.Body);
        return response.Data.GetProperty(field).GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
    }

    private async Task<GraphQLClient> ClientAsync()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        return world.As(Role.Recruiter, world.Acme);
    }

    private async Task<(HttpStatusCode Status, Dictionary<string, string> Headers, string Body)> SendAsync(
        HttpMethod method, string? body, string? contentType, string? accept = null, string uri = "/graphql")
    {
        using var client = await ClientAsync();
        using var request = new HttpRequestMessage(method, new Uri(uri, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await client.Http.SendAsync(request);
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return (response.StatusCode, headers, await response.Content.ReadAsStringAsync());
    }

    /// <summary>After whatever came before, a plain query still gets a plain answer.</summary>
    private async Task AssertStillAnswersAsync()
    {
        using var client = await ClientAsync();
        var response = await client.PostAsync("{ viewer { role } interviewers(first: 1) { totalCount } }");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasErrors, response.Body);
        Assert.Equal("RECRUITER", response.Data.GetProperty("viewer").GetProperty("role").GetString());
    }
}
