using Microsoft.EntityFrameworkCore;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;
using Panelist.Testing.Sql;

namespace Panelist.Api.Tests.Engagements;

/// <summary>What an engagement tells its readers: its budget as scheduling counts it, and (to an interviewer) its client's name.</summary>
public sealed class EngagementReadTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private static readonly InterviewStatus[] Billable = [InterviewStatus.Scheduled, InterviewStatus.Completed, InterviewStatus.NoShowCandidate];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Budget_shows_the_cap_what_billable_interviews_commit_and_what_remains(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        using var client = world.As(Role.Recruiter, world.Acme);
        var rows = await world.ReadAsync(world.Acme, db => db.Interviews.AsNoTracking().Select(i => new { i.EngagementId, i.Status, i.Cost }).ToListAsync());
        var expected = rows.Where(r => Billable.Contains(r.Status)).GroupBy(r => SeededWorld.Id("Engagement", r.EngagementId)).ToDictionary(g => g.Key, g => g.Sum(r => r.Cost));

        var data = await client.Query("{ engagements(first: 100) { nodes { id pricing { currency budgetCap } budget { cap committed remaining currency } } } }");

        var engagements = data.At("engagements.nodes").EnumerateArray().ToList();
        Assert.Contains(engagements, e => e.Dec("budget.committed") > 0);
        Assert.All(engagements, e =>
        {
            var committed = expected.GetValueOrDefault(e.Str("id")!);
            Assert.Equal((e.Dec("pricing.budgetCap"), committed, e.Dec("pricing.budgetCap") - committed, e.Str("pricing.currency")),
                (e.Dec("budget.cap"), e.Dec("budget.committed"), e.Dec("budget.remaining"), e.Str("budget.currency")));
        });
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Budget_of_a_page_of_engagements_costs_one_query_whatever_the_page_size(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var counter = new SqlCommandCounter();
        await using var api = counter.Api(world.Database);
        using var client = api.ClientAs(Role.Recruiter, world.Acme);
        var extra = new List<int>();
        foreach (var n in new[] { 1, 100 })
        {
            extra.Add(await CommandsAsync(client, counter, $"{{ engagements(first: {n}) {{ nodes {{ id budget {{ committed }} }} }} }}")
                - await CommandsAsync(client, counter, $"{{ engagements(first: {n}) {{ nodes {{ id }} }} }}"));
        }

        Assert.Equal([1, 1], extra);
    }

    [Fact]
    public async Task Budget_is_for_client_side_roles_and_null_with_FORBIDDEN_for_an_interviewer()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var interviewer = world.AsInterviewer(await BusyInterviewerAsync(world));

        var response = await interviewer.PostAsync("{ engagements(first: 1) { nodes { title budget { committed } } } }");

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.True(response.Data.IsNull("engagements.nodes.0.budget"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_interviewer_sees_the_client_name_of_their_own_engagements_and_no_other_organization(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var interviewerId = await BusyInterviewerAsync(world);
        using var interviewer = world.AsInterviewer(interviewerId);
        var names = await world.ReadAsync(world.Acme, db => db.Organizations.AsNoTracking().ToDictionaryAsync(o => SeededWorld.Id("Organization", o.Id), o => o.Name));
        var clients = await world.ReadAsync(world.Acme, db => db.Assignments.IgnoreQueryFilters().Where(a => a.InterviewerId == interviewerId)
            .Select(a => a.OrganizationId).Distinct().ToListAsync());
        var stranger = names.Keys.First(id => !clients.Select(c => SeededWorld.Id("Organization", c)).Contains(id));

        var data = await interviewer.Query("{ engagements(first: 100) { nodes { title organization { id name } } } }");
        var slug = await interviewer.PostAsync("{ engagements(first: 1) { nodes { organization { name slug } } } }");
        var other = await interviewer.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = stranger });

        var organizations = data.At("engagements.nodes").EnumerateArray().Select(e => e.At("organization")).ToList();
        Assert.NotEmpty(organizations);
        Assert.All(organizations, o => Assert.Equal(names[o.Str("id")!], o.Str("name")));
        Assert.Equal(["FORBIDDEN"], slug.ErrorCodes);
        Assert.False(slug.Data.IsNull("engagements.nodes.0.organization.name"));
        Assert.True(slug.Data.IsNull("engagements.nodes.0.organization.slug"));
        Assert.Equal(["NOT_FOUND"], other.ErrorCodes);
    }

    /// <summary>An interviewer holding assignments with some clients but not all.</summary>
    private static Task<Guid> BusyInterviewerAsync(SeededWorld world) =>
        world.ReadAsync(world.Acme, db => db.Assignments.IgnoreQueryFilters().GroupBy(a => a.InterviewerId)
            .Where(g => g.Select(a => a.OrganizationId).Distinct().Count() < 3)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync());

    private static async Task<int> CommandsAsync(GraphQLClient client, SqlCommandCounter counter, string query)
    {
        counter.Reset();
        await client.Query(query);
        return counter.Commands.Count;
    }
}
