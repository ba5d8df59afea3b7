using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Relay;

/// <summary>
/// Relay connections over the seeded world (shared, read only): pages walked either way add up to the
/// whole list, orders and filters run in SQL exactly as they read, nested pages count right, and every
/// node type round-trips through node and nodes.
/// </summary>
public sealed class PagingTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string Fields = "id name countryCode status rateCard { currency hourlyRate } skills { level skill { slug } } languages { code level }";
    private const string RateThenName = "[{ hourlyRate: DESC }, { name: ASC }]";

    private static readonly string[] LanguageLevels = ["CONVERSATIONAL", "PROFESSIONAL", "NATIVE"];

    /// <summary>Filter cases: the where input sent, and the same predicate computed here from a full fetch.</summary>
    private static readonly Dictionary<string, Func<IReadOnlyList<Row>, (object Where, Func<Row, bool> Holds)>> Filters = new()
    {
        ["skill_at_min_level"] = rows =>
        {
            var slug = CommonSkill(rows);
            return (new { skill = new { slug, minLevel = 3 } }, r => r.Skills.TryGetValue(slug, out var level) && level >= 3);
        },
        ["skill_any_level"] = rows =>
        {
            var slug = CommonSkill(rows);
            return (new { skill = new { slug } }, r => r.Skills.ContainsKey(slug));
        },
        ["language_at_min_level"] = _ => (new { language = new { code = "en", minLevel = "NATIVE" } }, r => r.Languages.TryGetValue("en", out var l) && l >= 2),
        ["language_any_level"] = _ => (new { language = new { code = "es" } }, r => r.Languages.ContainsKey("es")),
        ["country_in"] = _ => (new { countryCode = new { @in = new[] { "US", "DE", "BR" } } }, r => r.Country is "US" or "DE" or "BR"),
        ["hourly_rate_range"] = _ => (new { rateCurrency = new { eq = "USD" }, hourlyRate = new { gte = 80, lte = 150 } },
            r => r.Currency == "USD" && r.Rate is >= 80 and <= 150),
        ["status_eq"] = _ => (new { status = new { eq = "ACTIVE" } }, r => r.Status == "ACTIVE"),
        ["status_nin"] = _ => (new { status = new { nin = new[] { "ACTIVE" } } }, r => r.Status != "ACTIVE"),
        ["name_contains"] = _ => (new { name = new { contains = "AN" } }, r => r.Name.Contains("an", StringComparison.OrdinalIgnoreCase)),
        ["and"] = _ => (new { and = new object[] { new { status = new { eq = "ACTIVE" } }, new { rateCurrency = new { eq = "USD" } }, new { hourlyRate = new { gte = 100 } } } },
            r => r.Status == "ACTIVE" && r.Currency == "USD" && r.Rate >= 100),
        ["or"] = _ => (new { or = new object[] { new { countryCode = new { eq = "US" } }, new { language = new { code = "de" } } } },
            r => r.Country == "US" || r.Languages.ContainsKey("de")),
        ["not_or"] = _ => (new { rateCurrency = new { eq = "USD" }, not = new { or = new object[] { new { countryCode = new { eq = "US" } }, new { hourlyRate = new { lt = 100 } } } } },
            r => r.Currency == "USD" && !(r.Country == "US" || r.Rate < 100)),
        ["nested_and_or_not"] = rows =>
        {
            var slug = CommonSkill(rows);
            var where = new
            {
                and = new object[]
                {
                    new { or = new object[] { new { skill = new { slug, minLevel = 2 } }, new { language = new { code = "en", minLevel = "PROFESSIONAL" } } } },
                    new { not = new { status = new { @in = new[] { "SUSPENDED", "OFFBOARDED" } } } },
                    new { rateCurrency = new { eq = "USD" } },
                    new { hourlyRate = new { gte = 60 } },
                },
            };
            return (where, r => ((r.Skills.TryGetValue(slug, out var s) && s >= 2) || (r.Languages.TryGetValue("en", out var l) && l >= 1))
                && r.Status is not ("SUSPENDED" or "OFFBOARDED") && r.Currency == "USD" && r.Rate >= 60);
        },
    };

    public static TheoryData<DatabaseProvider, string> FilterCases()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new Providers())
        {
            foreach (var name in Filters.Keys)
            {
                data.Add(provider, name);
            }
        }

        return data;
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Pages_of_seven_cover_the_interviewers_once_in_name_order_both_ways(DatabaseProvider provider)
    {
        using var client = await ClientAsync(provider);
        var all = await AllAsync(client, order: null);

        var forward = await WalkAsync(client, order: null, backward: false);
        var backward = await WalkAsync(client, order: null, backward: true);

        Assert.Equal(SeededWorld.Small.Interviewers, all.Count);
        Assert.Equal(all.Select(r => r.Id), forward);
        Assert.Equal(all.Select(r => r.Id), backward);
        Assert.Equal(all.Select(r => r.Name).Order(StringComparer.Ordinal), all.Select(r => r.Name));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Pages_ordered_by_hourly_rate_descending_then_name_cover_the_list_once_both_ways(DatabaseProvider provider)
    {
        using var client = await ClientAsync(provider);
        var all = await AllAsync(client, RateThenName);

        var forward = await WalkAsync(client, RateThenName, backward: false);
        var backward = await WalkAsync(client, RateThenName, backward: true);

        Assert.Equal(all.OrderByDescending(r => r.Rate).ThenBy(r => r.Name, StringComparer.Ordinal).Select(r => (r.Rate, r.Name)), all.Select(r => (r.Rate, r.Name)));
        Assert.Equal(all.Select(r => r.Id), forward);
        Assert.Equal(all.Select(r => r.Id), backward);
    }

    [Theory]
    [MemberData(nameof(FilterCases))]
    public async Task Where_filter_matches_the_same_filter_computed_in_memory(DatabaseProvider provider, string filter)
    {
        using var client = await ClientAsync(provider);
        var all = await AllAsync(client, order: null);
        var (where, holds) = Filters[filter](all);
        var expected = all.Where(holds).Select(r => r.Id).ToList();

        var response = await client.PostAsync($"query($where: InterviewerFilterInput) {{ interviewers(first: 100, where: $where) {{ totalCount nodes {{ id }} }} }}", new { where });

        Assert.False(response.HasErrors, response.Body);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, SeededWorld.Ids(response.Data.GetProperty("interviewers").GetProperty("nodes")));
        Assert.Equal(expected.Count, response.Data.GetProperty("interviewers").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Nested_interview_pages_of_each_engagement_have_right_counts_and_page_info(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        using var client = world.As(Role.Recruiter, world.Acme);
        var counts = await world.ReadAsync(world.Acme, db => db.Interviews.GroupBy(i => i.EngagementId)
            .Select(g => new { g.Key, All = g.Count(), Completed = g.Count(i => i.Status == InterviewStatus.Completed) }).ToListAsync());

        var response = await client.PostAsync("""
            { engagements(first: 10) { nodes { id
                first: interviews(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id } }
                last: interviews(last: 2) { pageInfo { hasNextPage hasPreviousPage } nodes { id } }
                completed: interviews(first: 3, status: COMPLETED) { totalCount nodes { status } }
            } } }
            """);

        Assert.False(response.HasErrors, response.Body);
        var engagements = response.Data.GetProperty("engagements").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(engagements);
        foreach (var engagement in engagements)
        {
            var id = engagement.GetProperty("id").GetString()!;
            var count = counts.Single(c => SeededWorld.Id("Engagement", c.Key) == id);
            var all = await EngagementInterviewsAsync(client, id, first: 100, after: null);
            Assert.Equal(count.All, all.Count);
            Assert.True(count.All > 3, "The seeded engagement needs more than one page.");

            var first = engagement.GetProperty("first");
            Assert.Equal(count.All, first.GetProperty("totalCount").GetInt32());
            Assert.Equal(all.Take(3).Select(i => i.Id), SeededWorld.Ids(first.GetProperty("nodes")));
            Assert.Equal((true, false), PageFlags(first));
            var last = engagement.GetProperty("last");
            Assert.Equal(all.TakeLast(2).Select(i => i.Id), SeededWorld.Ids(last.GetProperty("nodes")));
            Assert.Equal((false, true), PageFlags(last));
            var completed = engagement.GetProperty("completed");
            Assert.Equal(count.Completed, completed.GetProperty("totalCount").GetInt32());
            Assert.All(completed.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("COMPLETED", n.GetProperty("status").GetString()));

            var walked = SeededWorld.Ids(first.GetProperty("nodes"));
            for (var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString(); cursor is not null;)
            {
                var page = await EngagementInterviewsPageAsync(client, id, cursor);
                walked.AddRange(SeededWorld.Ids(page.GetProperty("nodes")));
                cursor = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
            }

            Assert.Equal(all.Select(i => i.Id), walked);
            Assert.Equal(all.Select(i => i.RequestedAt).OrderDescending(), all.Select(i => i.RequestedAt));
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Node_and_nodes_round_trip_an_id_of_every_node_type(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        using var admin = world.As(Role.ClientAdmin, world.Acme);
        var found = await admin.PostAsync("""
            { viewer { organization { id } }
              interviewers(first: 1) { nodes { id } }  skills(first: 1) { nodes { id } }  rubrics(first: 1) { nodes { id versions { id } } }
              engagements(first: 1) { nodes { id } }  assignments(first: 1) { nodes { id } }  auditEntries(first: 1) { nodes { id } }
              interviews(first: 100, where: { status: { eq: COMPLETED } }) { nodes { id scorecard { id } candidateFeedback { id } } } }
            """);
        Assert.False(found.HasErrors, found.Body);
        var d = found.Data;
        string First(string list) => d.GetProperty(list).GetProperty("nodes")[0].GetProperty("id").GetString()!;
        var completed = d.GetProperty("interviews").GetProperty("nodes").EnumerateArray().ToList();
        var ids = new Dictionary<string, string>
        {
            ["Organization"] = d.GetProperty("viewer").GetProperty("organization").GetProperty("id").GetString()!,
            ["Interviewer"] = First("interviewers"),
            ["Skill"] = First("skills"),
            ["Rubric"] = First("rubrics"),
            ["RubricVersion"] = d.GetProperty("rubrics").GetProperty("nodes")[0].GetProperty("versions")[0].GetProperty("id").GetString()!,
            ["Engagement"] = First("engagements"),
            ["Assignment"] = First("assignments"),
            ["AuditEntry"] = First("auditEntries"),
            ["Interview"] = completed[0].GetProperty("id").GetString()!,
            ["Scorecard"] = completed.Select(i => i.GetProperty("scorecard")).First(s => s.ValueKind != JsonValueKind.Null).GetProperty("id").GetString()!,
            ["CandidateFeedback"] = completed.Select(i => i.GetProperty("candidateFeedback")).First(f => f.ValueKind != JsonValueKind.Null).GetProperty("id").GetString()!,
        };

        foreach (var (type, id) in ids)
        {
            var one = await admin.PostAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id });
            Assert.False(one.HasErrors, $"{type}: {one.Body}");
            Assert.Equal((type, id), (one.Data.GetProperty("node").GetProperty("__typename").GetString(), one.Data.GetProperty("node").GetProperty("id").GetString()));
        }

        var many = await admin.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids = ids.Values.Reverse().ToArray() });
        Assert.False(many.HasErrors, many.Body);
        Assert.Equal(ids.Reverse().Select(kv => (kv.Key, kv.Value)),
            many.Data.GetProperty("nodes").EnumerateArray().Select(n => (n.GetProperty("__typename").GetString()!, n.GetProperty("id").GetString()!)));
    }

    private sealed record Row(string Id, string Name, string Country, string Status, string Currency, decimal Rate, Dictionary<string, int> Skills, Dictionary<string, int> Languages);

    private async Task<GraphQLClient> ClientAsync(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        return world.As(Role.Recruiter, world.Acme);
    }

    /// <summary>The skill most interviewers hold, so a skill filter always has something to find.</summary>
    private static string CommonSkill(IReadOnlyList<Row> rows) =>
        rows.SelectMany(r => r.Skills.Keys).GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    private static async Task<List<Row>> AllAsync(GraphQLClient client, string? order)
    {
        var response = await client.PostAsync($"{{ interviewers(first: 100{(order is null ? "" : $", order: {order}")}) {{ totalCount nodes {{ {Fields} }} }} }}");
        Assert.False(response.HasErrors, response.Body);
        var connection = response.Data.GetProperty("interviewers");
        Assert.Equal(connection.GetProperty("totalCount").GetInt32(), connection.GetProperty("nodes").GetArrayLength());
        return [.. connection.GetProperty("nodes").EnumerateArray().Select(n => new Row(
            n.GetProperty("id").GetString()!, n.GetProperty("name").GetString()!, n.GetProperty("countryCode").GetString()!, n.GetProperty("status").GetString()!,
            n.GetProperty("rateCard").GetProperty("currency").GetString()!, n.GetProperty("rateCard").GetProperty("hourlyRate").GetDecimal(),
            n.GetProperty("skills").EnumerateArray().ToDictionary(s => s.GetProperty("skill").GetProperty("slug").GetString()!, s => s.GetProperty("level").GetInt32()),
            n.GetProperty("languages").EnumerateArray().ToDictionary(l => l.GetProperty("code").GetString()!, l => Array.IndexOf(LanguageLevels, l.GetProperty("level").GetString()))))];
    }

    /// <summary>Every page of seven, forward with first/after or backward with last/before, checking pageInfo on the way.</summary>
    private static async Task<List<string>> WalkAsync(GraphQLClient client, string? order, bool backward)
    {
        var pages = new List<List<string>>();
        string? cursor = null;
        do
        {
            var window = backward ? $"last: 7{(cursor is null ? "" : $", before: \"{cursor}\"")}" : $"first: 7{(cursor is null ? "" : $", after: \"{cursor}\"")}";
            var response = await client.PostAsync($"{{ interviewers({window}{(order is null ? "" : $", order: {order}")}) {{ totalCount pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} edges {{ cursor node {{ id }} }} }} }}");
            Assert.False(response.HasErrors, response.Body);
            var connection = response.Data.GetProperty("interviewers");
            var info = connection.GetProperty("pageInfo");
            var edges = connection.GetProperty("edges").EnumerateArray().ToList();
            Assert.Equal(SeededWorld.Small.Interviewers, connection.GetProperty("totalCount").GetInt32());
            Assert.InRange(edges.Count, 1, 7);
            Assert.Equal(edges[0].GetProperty("cursor").GetString(), info.GetProperty("startCursor").GetString());
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), info.GetProperty("endCursor").GetString());
            Assert.Equal(cursor is not null, info.GetProperty(backward ? "hasNextPage" : "hasPreviousPage").GetBoolean());
            pages.Add([.. edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()!)]);
            var more = info.GetProperty(backward ? "hasPreviousPage" : "hasNextPage").GetBoolean();
            Assert.Equal(more, edges.Count == 7 && pages.Sum(p => p.Count) < SeededWorld.Small.Interviewers);
            cursor = more ? info.GetProperty(backward ? "startCursor" : "endCursor").GetString() : null;
        }
        while (cursor is not null);

        if (backward)
        {
            pages.Reverse();
        }

        var ids = pages.SelectMany(p => p).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        return ids;
    }

    private static (bool HasNext, bool HasPrevious) PageFlags(JsonElement connection) =>
        (connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean(), connection.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

    private static async Task<List<(string Id, DateTimeOffset RequestedAt)>> EngagementInterviewsAsync(GraphQLClient client, string engagementId, int first, string? after)
    {
        var page = await EngagementInterviewsPageAsync(client, engagementId, after, first);
        return [.. page.GetProperty("nodes").EnumerateArray().Select(n => (n.GetProperty("id").GetString()!, n.GetProperty("requestedAt").GetDateTimeOffset()))];
    }

    private static async Task<JsonElement> EngagementInterviewsPageAsync(GraphQLClient client, string engagementId, string? after, int first = 3)
    {
        var response = await client.PostAsync("""
            query($id: ID!, $first: Int, $after: String) {
              engagement(id: $id) { interviews(first: $first, after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id requestedAt } } }
            }
            """, new { id = engagementId, first, after });
        Assert.False(response.HasErrors, response.Body);
        var page = response.Data.GetProperty("engagement").GetProperty("interviews");
        Assert.Equal(after is not null, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        return page;
    }
}
