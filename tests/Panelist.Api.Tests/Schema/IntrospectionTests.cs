using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Testing;
using Panelist.Testing.Api;

namespace Panelist.Api.Tests.Schema;

/// <summary>
/// Every standard client can introspect the schema (the query is graphql-js's own, generated into
/// <c>IntrospectionQuery.graphql</c>), introspection costs nothing in the complexity model, and a hostile
/// introspection document is still refused. One seeded SQLite world is shared (read only).
/// </summary>
public sealed class IntrospectionTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private static readonly string StandardQuery = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Panelist.Api.Tests", "Schema", "IntrospectionQuery.graphql"));

    /// <summary>Introspection documents a client may send: within every bound of the introspection rule.</summary>
    public static readonly TheoryData<string> Acceptable = new()
    {
        "{ __schema { types { fields { type { fields { name } } } } } }",
        "{ a: __type(name: \"Query\") { name } b: __type(name: \"Mutation\") { name } c: __type(name: \"Interviewer\") { fields { name } } d: __schema { queryType { name } } e: __typename }",
        "query { __schema { types { ...T } } } fragment T on __Type { name fields(includeDeprecated: true) { name args(includeDeprecated: true) { name } } }",
    };

    /// <summary>Name → a hostile introspection document that must be refused before it runs.</summary>
    private static readonly Dictionary<string, string> Hostile = new()
    {
        ["nested lists"] = "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
        ["nested lists through fragments"] = """
            { __schema { types { ...A } } }
            fragment A on __Type { fields { type { ...B } } }
            fragment B on __Type { ofType { fields { type { ofType { fields { name } } } } } }
            """,
        ["many roots"] = "{ " + string.Concat(Enumerable.Range(0, 6).Select(i => $"s{i}: __schema {{ queryType {{ name }} }} ")) + "}",
        ["aliased wide lists"] = "{ __schema { types { fields { type { ofType { " +
            string.Concat(Enumerable.Range(0, 60).Select(i => $"a{i}: fields {{ name }} ")) + "} } } } } }",
        ["fragment used many times"] =
            "{ __schema { types { fields { type { ...W ...W } x: type { ...X } } } } } fragment W on __Type { ofType { fields { name } } } fragment X on __Type { " +
            string.Concat(Enumerable.Range(0, 60).Select(i => $"a{i}: ofType {{ fields {{ name }} }} ")) + "}",
    };

    public static TheoryData<string> HostileNames => [.. Hostile.Keys];

    [Theory]
    [InlineData(Role.PlatformAdmin)]
    [InlineData(Role.ClientAdmin)]
    [InlineData(Role.Recruiter)]
    [InlineData(Role.Analyst)]
    [InlineData(Role.Auditor)]
    [InlineData(Role.QualityReviewer)]
    [InlineData(Role.Interviewer)]
    public async Task Graphql_js_full_introspection_query_is_answered_for_every_role(Role role)
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var client = role switch
        {
            Role.PlatformAdmin => world.As(role),
            Role.Interviewer => world.AsInterviewer(await world.ReadAsync(world.Acme, db => db.Interviews.Where(i => i.InterviewerId != null).Select(i => i.InterviewerId!.Value).OrderBy(id => id).FirstAsync())),
            _ => world.As(role, world.Acme),
        };

        var response = await client.PostAsync(StandardQuery);

        Assert.False(response.HasErrors, response.Body[..Math.Min(600, response.Body.Length)]);
        var schema = response.Data.GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Contains(schema.GetProperty("types").EnumerateArray(), t => t.GetProperty("name").GetString() == "Interviewer");
        Assert.All(schema.GetProperty("directives").EnumerateArray(), d => Assert.False(d.GetProperty("isRepeatable").GetBoolean()));
    }

    /// <summary>Before: complexity 320,847 for graphql-js's default query, over the 50,000 limit. After: nothing.</summary>
    [Fact]
    public async Task Introspection_costs_nothing_in_the_complexity_model()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        await using var api = new PanelistApiFactory(world.Database, ("Limits:MaxComplexity", "0"));
        using var client = api.ClientAs(Role.Recruiter, world.Acme);

        var introspection = await client.PostAsync(StandardQuery);
        var ordinary = await client.PostAsync("{ viewer { role } }");

        Assert.False(introspection.HasErrors, introspection.Body[..Math.Min(600, introspection.Body.Length)]);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], ordinary.ErrorCodes);
    }

    [Theory]
    [MemberData(nameof(Acceptable))]
    public async Task Introspection_within_the_bounds_is_answered(string document)
    {
        using var client = await ClientAsync();

        var response = await client.PostAsync(document);

        Assert.False(response.HasErrors, response.Body[..Math.Min(600, response.Body.Length)]);
    }

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task Hostile_introspection_is_refused_with_MAX_COMPLEXITY_EXCEEDED(string name)
    {
        using var client = await ClientAsync();

        var response = await client.PostAsync(Hostile[name]);

        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], response.ErrorCodes);
        Assert.False(response.Json.TryGetProperty("data", out _), response.Body);
        Assert.Contains("ntrospection", response.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_deep_query_is_MAX_DEPTH_EXCEEDED()
    {
        using var client = await ClientAsync();
        var deep = "{ engagements(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("interviews(first: 1) { nodes { engagement { ", 5)) + "id" + new string('}', 15) + " } } }";

        var response = await client.PostAsync(deep);

        Assert.Equal(["MAX_DEPTH_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Too_complex_query_is_MAX_COMPLEXITY_EXCEEDED()
    {
        using var client = await ClientAsync();
        var wide = new StringBuilder("{");
        for (var i = 0; i < 100; i++)
        {
            wide.Append(CultureInfo.InvariantCulture, $" a{i}: interviewers(first: 100) {{ nodes {{ name skills {{ level }} }} }}");
        }

        var response = await client.PostAsync(wide.Append(" }").ToString());

        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], response.ErrorCodes);
    }

    private async Task<GraphQLClient> ClientAsync()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        return world.As(Role.Recruiter, world.Acme);
    }
}
