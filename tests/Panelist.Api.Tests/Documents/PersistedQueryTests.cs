using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.GraphQL.Documents;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Documents;

/// <summary>
/// Issue 10 item 1 over real HTTP: Apollo's automatic persisted queries (POST and GET), the trusted-documents
/// mode, and the document cache that lets a repeated query skip the parser.
/// </summary>
public sealed class PersistedQueryTests : IAsyncLifetime
{
    private const string Query = "query Typename { __typename }";
    private const string Counted = "query Interviews($n: Int) { interviews(first: $n) { nodes { id } } }";
    private TestDatabase _database = null!;
    private readonly CountingDocumentBuilder _parser = new();
    private string _manifest = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _manifest = Path.Combine(Path.GetTempPath(), $"trusted-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(_manifest, JsonSerializer.Serialize(new Dictionary<string, string> { [DocumentHash.Of(Query)] = Query }));
    }

    public async Task DisposeAsync()
    {
        File.Delete(_manifest);
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_hash_the_server_has_not_seen_is_PERSISTED_QUERY_NOT_FOUND_with_200()
    {
        await using var api = new PanelistApiFactory(_database);
        using var client = Client(api);

        var (status, body) = await PostAsync(client, new { extensions = Apq(DocumentHash.Of("{ __typename __schema { queryType { name } } }")) });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], Codes(body));
    }

    [Fact]
    public async Task A_query_registered_with_its_hash_then_runs_by_hash_over_POST_and_GET()
    {
        await using var api = new PanelistApiFactory(_database);
        using var client = Client(api);
        var hash = DocumentHash.Of(Query);

        var (_, registered) = await PostAsync(client, new { query = Query, extensions = Apq(hash) });
        var (_, byPost) = await PostAsync(client, new { extensions = Apq(hash) });
        var byGet = await GetAsync(client, $"?extensions={Uri.EscapeDataString(JsonSerializer.Serialize(Apq(hash)))}");

        Assert.Equal("Query", registered.GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal("Query", byPost.GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal("Query", byGet.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_text_is_refused_and_not_stored()
    {
        await using var api = new PanelistApiFactory(_database);
        using var client = Client(api);
        var wrong = DocumentHash.Of("{ somethingElse }");

        var (status, mismatch) = await PostAsync(client, new { query = Query, extensions = Apq(wrong) });
        var (_, later) = await PostAsync(client, new { extensions = Apq(wrong) });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["PERSISTED_QUERY_HASH_MISMATCH"], Codes(mismatch));
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], Codes(later));
    }

    [Fact]
    public async Task Trusted_mode_refuses_an_ad_hoc_query_and_runs_a_manifest_one_by_hash_or_documentId()
    {
        await using var api = new PanelistApiFactory(_database, ("PersistedDocuments:TrustedDocuments", _manifest));
        using var client = Client(api);
        var hash = DocumentHash.Of(Query);

        var (_, adHoc) = await PostAsync(client, new { query = "{ __typename }" });
        var (_, unlisted) = await PostAsync(client, new { query = "{ __typename }", extensions = Apq(DocumentHash.Of("{ __typename }")) });
        var (_, byHash) = await PostAsync(client, new { extensions = Apq(hash) });
        var (_, byDocumentId) = await PostAsync(client, new { documentId = "sha256:" + hash });
        var byGet = await GetAsync(client, $"?documentId=sha256:{hash}");

        Assert.Equal(["TRUSTED_DOCUMENT_REQUIRED"], Codes(adHoc));
        Assert.Equal(["TRUSTED_DOCUMENT_REQUIRED"], Codes(unlisted));
        Assert.Equal("Query", byHash.GetProperty("data").GetProperty("__typename").GetString());
        Assert.True(byDocumentId.TryGetProperty("data", out var data), byDocumentId.ToString());
        Assert.Equal("Query", data.GetProperty("__typename").GetString());
        Assert.Equal("Query", byGet.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Trusted_mode_refuses_an_ad_hoc_mutation_sent_with_an_Idempotency_Key()
    {
        await using var api = new PanelistApiFactory(_database, ("PersistedDocuments:TrustedDocuments", _manifest));
        using var client = Client(api);

        var response = await client.PostAsync("""mutation { createSkill(input: { slug: "trusted-bypass", name: "Bypass", category: "Test" }) { errors { code } } }""",
            null, Guid.NewGuid().ToString());

        Assert.Equal(["TRUSTED_DOCUMENT_REQUIRED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Trusted_mode_admits_ad_hoc_introspection_only_when_configured()
    {
        await using var strict = new PanelistApiFactory(_database, ("PersistedDocuments:TrustedDocuments", _manifest));
        await using var open = new PanelistApiFactory(_database, ("PersistedDocuments:TrustedDocuments", _manifest), ("PersistedDocuments:AllowIntrospection", "true"));
        using var strictClient = Client(strict);
        using var openClient = Client(open);
        var introspection = new { query = "{ __schema { queryType { name } } }" };

        var (_, refused) = await PostAsync(strictClient, introspection);
        var (_, answered) = await PostAsync(openClient, introspection);
        var (_, stillRefused) = await PostAsync(openClient, new { query = "{ __typename viewer { role } }" });

        Assert.Equal(["TRUSTED_DOCUMENT_REQUIRED"], Codes(refused));
        Assert.Equal("Query", answered.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal(["TRUSTED_DOCUMENT_REQUIRED"], Codes(stillRefused));
    }

    [Fact]
    public async Task A_repeated_query_is_parsed_once_and_still_checked_against_its_variables()
    {
        await using var api = new PanelistApiFactory(_database, ("Limits:MaxComplexity", "100"))
        {
            TestServices = services => services.AddSingleton<IDocumentBuilder>(_parser),
        };
        using var client = Client(api);

        var (_, first) = await PostAsync(client, new { query = Counted, variables = new { n = 2 } });
        var afterFirst = _parser.Parses;
        var (_, second) = await PostAsync(client, new { query = Counted, variables = new { n = 3 } });
        var (_, tooComplex) = await PostAsync(client, new { query = Counted, variables = new { n = 5000 } });
        var byGet = await GetAsync(client, $"?query={Uri.EscapeDataString(Counted)}&variables={Uri.EscapeDataString("""{"n":1}""")}");

        Assert.False(first.TryGetProperty("errors", out _), first.ToString());
        Assert.False(second.TryGetProperty("errors", out _), second.ToString());
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], Codes(tooComplex));
        Assert.False(byGet.TryGetProperty("errors", out _), byGet.ToString());
        Assert.Equal(1, afterFirst);
        Assert.Equal(afterFirst, _parser.Parses);
    }

    [Fact]
    public async Task A_remembered_pass_is_reused_only_for_the_same_page_sizes_and_directives()
    {
        // 100 allows a page of 40 interviews (about 81), not with their engagement's interviews (about 1,700); @include decides.
        const string document = "query Pages($n: Int, $deep: Boolean!) { interviews(first: $n) { nodes { id engagement @include(if: $deep) { interviews(first: 20) { nodes { id } } } } } }";
        await using var api = new PanelistApiFactory(_database, ("Limits:MaxComplexity", "100"));
        using var client = Client(api);

        var verdicts = new List<IReadOnlyList<string>>();
        foreach (var (n, deep) in new[] { (2, false), (2, false), (40, false), (40, true), (2, false), (40, true), (40, false) })
        {
            var (_, body) = await PostAsync(client, new { query = document, variables = new { n, deep } });
            verdicts.Add(Codes(body));
        }

        string[] passes = [];
        string[] refused = ["MAX_COMPLEXITY_EXCEEDED"];
        Assert.Equal([passes, passes, passes, refused, passes, refused, passes], verdicts);
    }

    [Fact]
    public async Task The_cost_variables_of_a_document_are_its_page_sizes_ids_and_directive_conditions()
    {
        var document = GraphQLParser.Parser.Parse("""
            query Q($n: Int, $after: String, $id: ID!, $show: Boolean!, $where: InterviewFilter) {
              interviews(first: $n, after: $after, where: $where) { nodes { id ...F @include(if: $show) } }
              engagement(id: $id) { title }
            }
            fragment F on Interview { status }
            mutation M { __typename }
            """);

        var facts = await DocumentFacts.OfAsync(document);

        Assert.Equal(["id", "n", "show"], facts.CostVariables);
        Assert.Equal(GraphQLParser.AST.OperationType.Mutation, facts.OperationTypeOf("M"));
        Assert.Null(facts.OperationTypeOf(null));
    }

    [Fact]
    public async Task A_cached_mutation_is_still_refused_over_GET()
    {
        const string mutation = "mutation { cancelInterview(input: { interviewId: \"x\", reason: \"r\" }) { errors { code } } }";
        await using var api = new PanelistApiFactory(_database);
        using var client = Client(api);
        await PostAsync(client, new { query = mutation });

        using var response = await client.Http.GetAsync($"/graphql?query={Uri.EscapeDataString(mutation)}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static GraphQLClient Client(PanelistApiFactory api) => api.ClientAs(Role.Recruiter, Guid.NewGuid());

    private static object Apq(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static async Task<(HttpStatusCode, JsonElement)> PostAsync(GraphQLClient client, object body)
    {
        // The GraphQL-over-HTTP media type, under which a refusal that executed nothing is a 4xx (except a miss).
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        message.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.Http.SendAsync(message);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static async Task<JsonElement> GetAsync(GraphQLClient client, string query)
    {
        using var response = await client.Http.GetAsync("/graphql" + query);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static IReadOnlyList<string> Codes(JsonElement body) => body.TryGetProperty("errors", out var errors)
        ? [.. errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)]
        : [];
}
