using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Seeding;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;
using Panelist.Testing.Sql;

namespace Panelist.Api.Tests.Performance;

/// <summary>SQL round trips per request grow with the depth of the query, never with the page size.</summary>
public sealed class BatchLoadingTests
{
    private static readonly SeedOptions Data = SeedOptions.Demo with { Interviewers = 80, Interviews = 900, EngagementsPerOrganization = 4 };

    /// <summary>Two nested list levels under the root list: engagements → assignments, engagements → interviews.</summary>
    private const string NestedLists = """
        query($n: Int!) { engagements(first: $n) { nodes { title assignments { status } interviews(first: $n) { nodes { status } } } } }
        """;

    /// <summary>Deeper: lists and references at several levels, 100 (or 10) engagements with 10 interviews each.</summary>
    private const string Deep = """
        query($n: Int!) { engagements(first: $n) { nodes { title rubricVersion { number }
          assignments { interviewer { name skills { level skill { slug } } } }
          interviews(first: 10) { totalCount nodes { status interviewer { name } scorecard { weightedScore ratings { rating } } } } } } }
        """;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Nested_lists_cost_one_query_per_level_whatever_the_page_size(DatabaseProvider provider)
    {
        var (ten, hundred) = await CountCommands(provider, NestedLists);

        Assert.Equal(ten, hundred);
        Assert.True(hundred <= 1 + 2, $"{hundred} SQL commands for 2 nested list levels");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Deep_queries_cost_the_same_at_first_10_and_first_100(DatabaseProvider provider)
    {
        var (ten, hundred) = await CountCommands(provider, Deep);

        Assert.Equal(ten, hundred);
        Assert.True(hundred <= 10, $"{hundred} SQL commands");
    }

    private static async Task<(int Ten, int Hundred)> CountCommands(DatabaseProvider provider, string query)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await new DemoDataGenerator(database.Options, database.Keys, Data, NullLogger.Instance).GenerateAsync(default);
        Guid acme;
        await using (var scope = database.AsSystem(Organization.PlatformId))
        {
            acme = scope.Db.Organizations.Single(o => o.Slug == "acme").Id;
        }

        var counter = new SqlCommandCounter();
        await using var api = counter.Api(database);
        using var client = api.ClientAs(Role.Recruiter, acme);
        var counts = new List<int>();
        var commands = new List<IReadOnlyList<string>>();
        foreach (var n in new[] { 10, 100 })
        {
            counter.Reset();
            var response = await client.PostAsync(query, new { n });
            Assert.False(response.HasErrors, response.Body);
            Assert.True(response.Data.GetProperty("engagements").GetProperty("nodes").GetArrayLength() > 1);
            counts.Add(counter.Commands.Count);
            commands.Add(counter.Commands);
        }

        // A mismatch names the statements, so an N+1 (or a background job leaking into the count) is visible at once.
        Assert.True(counts[0] == counts[1] || counts[1] <= 10, string.Join("\n", commands.MaxBy(c => c.Count)!.GroupBy(c => c[..Math.Min(160, c.Length)])
            .OrderByDescending(g => g.Count()).Take(5).Select(g => $"{g.Count()}× {g.Key}")));
        return (counts[0], counts[1]);
    }
}
