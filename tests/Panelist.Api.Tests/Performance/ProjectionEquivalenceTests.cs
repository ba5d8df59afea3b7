using System.Text;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;
using Panelist.Testing.Sql;

namespace Panelist.Api.Tests.Performance;

/// <summary>
/// Reads that name only the selected columns answer exactly as reads of whole rows: every field of every projected
/// type, alone and all together, where each type is reached through a projected read, for a recruiter, an auditor and
/// an interviewer. The fields are taken from the schema, so a field added later is checked without a change here; a
/// field whose resolver reads a property it does not declare shows up as a difference.
/// </summary>
public sealed class ProjectionEquivalenceTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    /// <summary>Where each projected type is reached: a document with one hole, filled with the fields under test.</summary>
    private static readonly (string Type, string Document)[] Reaches =
    [
        ("Interview", "query { engagements(first: 3) { nodes { interviews(first: 25) { nodes { __FIELDS__ } } } } }"),
        ("Interview", "query { engagements(first: 3) { nodes { interviews(first: 25) { edges { cursor node { ... on Node { id } ...F } } } } } } fragment F on Interview { __FIELDS__ }"),
        ("Interview", "query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Interview { __FIELDS__ } } }"),
        ("Interview", "query { engagements(first: 3) { nodes { interviews(first: 25) { nodes { scorecard { interview { __FIELDS__ } } } } } } }"),
        ("Scorecard", "query { engagements(first: 3) { nodes { interviews(first: 25) { nodes { scorecard { __FIELDS__ } } } } } }"),
    ];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Projected_reads_answer_as_whole_rows_for_every_field(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        await using var wholeRows = new PanelistApiFactory(world.Database,
            ("Privacy:InterviewerAccessAfterInterview", "365.00:00:00"), ("Projection:Enabled", "false"));
        var schema = world.Api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var (interviewer, interviewIds) = await world.ReadAsync(world.Acme, async db =>
        {
            var ids = await db.Interviews.Where(i => i.InterviewerId != null).OrderBy(i => i.Id).Take(40).Select(i => new { i.Id, i.InterviewerId }).ToListAsync();
            return (ids[0].InterviewerId!.Value, ids.Select(i => SeededWorld.Id("Interview", i.Id)).ToArray());
        });

        var callers = new (string Name, Func<PanelistApiFactory, GraphQLClient> Client)[]
        {
            ("recruiter", api => api.ClientAs(Role.Recruiter, world.Acme)),
            ("auditor", api => api.ClientAs(Role.Auditor, world.Acme)),
            ("interviewer", api => api.ClientAs(Role.Interviewer, null, interviewer)),
        };
        var compared = 0;
        var differences = new List<string>();
        foreach (var (typeName, document) in Reaches)
        {
            var selections = Selections((IObjectGraphType)schema.AllTypes[typeName]!);
            foreach (var fields in selections.Append(string.Join(" ", selections)))
            {
                var query = document.Replace("__FIELDS__", fields);
                foreach (var (caller, client) in callers)
                {
                    using var projected = client(world.Api);
                    using var whole = client(wholeRows);
                    var variables = query.Contains("$ids") ? new { ids = interviewIds } : null;
                    var a = await projected.PostAsync(query, variables);
                    var b = await whole.PostAsync(query, variables);
                    compared++;
                    if (a.Body != b.Body)
                    {
                        differences.Add($"{caller}: {query}\n  projected:   {Cut(a.Body)}\n  whole rows: {Cut(b.Body)}");
                    }
                }
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} of {compared} answers differ:\n" + string.Join("\n", differences.Take(5)));
        Assert.True(compared > 200, $"only {compared} answers compared");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_page_of_interviews_and_their_scorecards_names_only_the_selected_columns_and_a_literal_limit(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var counter = new SqlCommandCounter();
        await using var api = counter.Api(world.Database, ("Privacy:InterviewerAccessAfterInterview", "365.00:00:00"));
        using var client = api.ClientAs(Role.Recruiter, world.Acme);

        var response = await client.PostAsync("query { engagements(first: 2) { nodes { id interviews(first: 10) { nodes { status cost scorecard { weightedScore } } } } } }");

        Assert.False(response.HasErrors, response.Body);
        var interviews = Assert.Single(counter.Commands, c => c.Contains("\"Interviews\"") && c.Contains("\"Cost\""));
        var scorecards = Assert.Single(counter.Commands, c => c.Contains("\"Scorecards\""));
        Assert.DoesNotContain("\"JoinUrl\"", interviews);
        Assert.DoesNotContain("\"CancellationReason\"", interviews);
        Assert.Contains("\"Status\"", interviews);
        Assert.Contains("\"WeightedScore\"", scorecards);
        Assert.DoesNotContain("\"Summary\"", scorecards);
        Assert.DoesNotContain("Ratings", scorecards);

        // One engagement's first page is the compiled query, whose limit is a literal (PostgreSQL then keeps one plan).
        var engagement = response.Data.GetProperty("engagements").GetProperty("nodes")[0].GetProperty("id").GetString();
        counter.Reset();
        var one = await client.PostAsync("query($id: ID!) { engagement(id: $id) { interviews(first: 7) { nodes { status } } } }", new { id = engagement });
        Assert.False(one.HasErrors, one.Body);
        Assert.Contains(counter.Commands, c => c.Contains("\"Interviews\"") && c.Contains("LIMIT 8"));
    }

    /// <summary>One selection per field: a leaf by name, an object with its typename (and id when it has one), to tell null from a row.</summary>
    private static List<string> Selections(IObjectGraphType type)
    {
        var selections = new List<string>();
        foreach (var field in type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)
                     && (f.Arguments is null || f.Arguments.All(a => a.ResolvedType is not NonNullGraphType || a.DefaultValue is not null))))
        {
            var named = field.ResolvedType!.GetNamedType();

            var text = new StringBuilder(field.Name);
            if (named is IComplexGraphType complex)
            {
                text.Append(complex.HasField("id") ? " { __typename id }" : " { __typename }");
            }
            else if (named is IAbstractGraphType)
            {
                text.Append(" { __typename }");
            }

            selections.Add(text.ToString());
        }

        return selections;
    }

    private static string Cut(string body) => body.Length <= 600 ? body : body[..600] + "…";
}
