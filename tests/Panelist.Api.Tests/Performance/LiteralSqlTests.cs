using System.Text.Json;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;
using Panelist.Testing.Sql;

namespace Panelist.Api.Tests.Performance;

/// <summary>
/// Values from a small fixed set (an enum filter, a skill level, a page size) reach PostgreSQL as literals, so that
/// its generic plan for the statement is as good as a plan for the values and it stops planning on every run; values
/// a client chooses freely (a slug, a name) stay parameters. The answers are those of the filter's meaning, literal or not.
/// </summary>
public sealed class LiteralSqlTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string Search = "query($where: InterviewerFilterInput, $first: Int) { interviewers(first: $first, where: $where, order: [{ hourlyRate: ASC }]) "
        + "{ nodes { id skills { level skill { slug } } } } }";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_interviewer_search_writes_status_skill_level_and_page_size_as_literals_and_the_slug_as_a_parameter(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var counter = new SqlCommandCounter();
        await using var api = counter.Api(world.Database);
        using var client = api.ClientAs(Role.Recruiter, world.Acme);

        var response = await client.PostAsync(Search, new { first = 7, where = new { skill = new { slug = "java", minLevel = 3 }, status = new { eq = "ACTIVE" } } });

        Assert.False(response.HasErrors, response.Body);
        var search = Assert.Single(counter.Commands, c => c.Contains("\"Interviewers\"") && c.Contains("ORDER BY"));
        Assert.Contains("'Active'", search);
        Assert.Contains(">= 3", search);
        Assert.Contains("LIMIT 8", search);
        Assert.DoesNotContain("java", search);
    }

    [Fact]
    public async Task A_skill_level_outside_1_to_5_answers_as_its_nearest_bound_means()
    {
        var world = await worlds.For(DatabaseProvider.Postgres);
        using var client = world.As(Role.Recruiter, world.Acme);

        var atLeast0 = await IdsAsync(client, 0);
        var atLeast1 = await IdsAsync(client, 1);
        var atLeast5 = await IdsAsync(client, 5);
        var atLeast6 = await IdsAsync(client, 6);
        var atLeast99 = await IdsAsync(client, 99);

        Assert.NotEmpty(atLeast1);
        Assert.Equal(atLeast1, atLeast0);
        Assert.Subset(atLeast1.ToHashSet(), atLeast5.ToHashSet());
        Assert.Empty(atLeast6);
        Assert.Empty(atLeast99);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Every_interviewer_found_at_a_skill_level_holds_the_skill_at_that_level_or_above(int minLevel)
    {
        var world = await worlds.For(DatabaseProvider.Postgres);
        using var client = world.As(Role.Recruiter, world.Acme);

        var nodes = await NodesAsync(client, minLevel);

        Assert.All(nodes.EnumerateArray(), n => Assert.Contains(n.GetProperty("skills").EnumerateArray(),
            s => s.At("skill.slug").GetString() == "java" && s.GetProperty("level").GetInt32() >= minLevel));
    }

    private static async Task<List<string>> IdsAsync(GraphQLClient client, int minLevel) => SeededWorld.Ids(await NodesAsync(client, minLevel));

    private static async Task<JsonElement> NodesAsync(GraphQLClient client, int minLevel) =>
        (await client.Query(Search, new { first = 100, where = new { skill = new { slug = "java", minLevel } } })).At("interviewers.nodes");
}
