using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Seeding;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Security;

/// <summary>
/// Issue 12 item 1: one query that selects every field of every object type, sent by every role. A field
/// a role may not read is null with a FORBIDDEN error on exactly that field; the rest of the response
/// stands (no FORBIDDEN spreads up to the root).
/// </summary>
public sealed class EveryFieldForEveryRoleTests(RoleWorld world) : IClassFixture<RoleWorld>
{
    private string? Literal(string argument)
    {
        if (argument == "language")
        {
            return "\"en\"";
        }

        // An id argument is named typeId (candidatePageLink(interviewId:)) or after its type (engagementMatches(engagement:)).
        var type = char.ToUpperInvariant(argument[0]) + (argument.EndsWith("Id", StringComparison.Ordinal) ? argument[1..^2] : argument[1..]);
        return world.Subjects.TryGetValue(type, out var key) ? $"\"{SeededWorld.Id(type, key)}\"" : null;
    }

    public static TheoryData<Role> EveryRole() => [Role.PlatformAdmin, Role.ClientAdmin, Role.Recruiter, Role.Analyst, Role.Auditor, Role.QualityReviewer, Role.Interviewer];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Every_field_of_every_type_is_answered_or_nulled_alone_for(Role role)
    {
        var schema = world.Api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        // Root fields that take one entity's id (candidatePageLink(interviewId:)) are asked about the seeded one.
        var selection = new SchemaSelection(Literal);
        var nodeTypes = schema.AllTypes.OfType<IObjectGraphType>().Where(t => t.ResolvedInterfaces.Any(i => i.Name == "Node")).OrderBy(t => t.Name).ToList();
        var fragments = string.Join(" ", nodeTypes.Select(t => $"... on {t.Name} {{{selection.Of(t, aliasPrefix: t.Name)} }}"));
        var document = $"query($ids: [ID!]!) {{{selection.Of(schema.Query, expandNodes: false)} all: nodes(ids: $ids) {{ __typename {fragments} }} }}";
        var ids = nodeTypes.Select(t => SeededWorld.Id(t.Name, world.Subjects[t.Name])).ToArray();
        using var client = role == Role.Interviewer ? world.Api.ClientAs(role, null, world.InterviewerId) : world.Api.ClientAs(role, world.Acme);

        var response = await client.PostAsync(document, new { ids });

        Assert.Equal(SchemaSelection.ReachableFromQuery(schema).Order(), selection.Covered.Where(n => n != "Query").Order());
        Assert.True(response.Json.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, response.Body[..Math.Min(3000, response.Body.Length)]);
        foreach (var error in response.HasErrors ? response.Json.GetProperty("errors").EnumerateArray() : Enumerable.Empty<JsonElement>())
        {
            var code = error.GetProperty("extensions").GetProperty("code").GetString();
            Assert.True(code is "FORBIDDEN", $"{role}: unexpected {code}: {error}");
            Assert.False(error.GetProperty("extensions").TryGetProperty("details", out _), "An expected refusal carries no trace.");
            AssertOnlyThisFieldIsNull(response.Data, error.GetProperty("path"), role);
        }

        // Every role reads the subjects it is entitled to: the fields above were really exercised.
        var all = response.Data.GetProperty("all").EnumerateArray().ToList();
        var visible = nodeTypes.Select((t, i) => (t.Name, all[i].ValueKind != JsonValueKind.Null)).Where(v => v.Item2).Select(v => v.Name).ToList();
        Assert.Contains("Interview", visible);
        Assert.Contains("Engagement", visible);
        Assert.Contains("Interviewer", visible);
    }

    [Fact]
    public void Every_field_that_some_role_may_not_read_is_nullable()
    {
        var schema = world.Api.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        // A subscription root field refused to a role fails the whole subscribe with an error (one root
        // field per subscription), so it is never null in an event: it stays non-null.
        var gated = schema.AllTypes.OfType<IObjectGraphType>().Where(t => t.Name != "Subscription").SelectMany(t => t.Fields.Select(f => (Type: t.Name, Field: f)))
            .Where(f => Panelist.Api.GraphQL.Authorization.FieldAuthorization.RolesOf(f.Field) is { } roles && !Panelist.Api.GraphQL.Authorization.Roles.IsEveryone(roles))
            .ToList();

        Assert.NotEmpty(gated);
        Assert.All(gated, f => Assert.False(f.Field.ResolvedType is NonNullGraphType, $"{f.Type}.{f.Field.Name} is role-gated and non-null"));
    }

    [Fact]
    public async Task Analyst_gets_the_interviews_with_only_the_candidate_null()
    {
        using var analyst = world.Api.ClientAs(Role.Analyst, world.Acme);

        var response = await analyst.PostAsync("{ interviews(first: 3) { totalCount nodes { id status candidate { name } } } }");

        var interviews = response.Data.GetProperty("interviews");
        Assert.True(interviews.GetProperty("totalCount").GetInt32() > 0);
        Assert.All(interviews.GetProperty("nodes").EnumerateArray(), n =>
        {
            Assert.False(string.IsNullOrEmpty(n.GetProperty("id").GetString()));
            Assert.Equal(JsonValueKind.Null, n.GetProperty("candidate").ValueKind);
        });
        Assert.Equal(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"], response.ErrorCodes);
    }

    [Fact]
    public async Task Recruiter_refused_one_mutation_still_learns_the_result_of_the_other()
    {
        var engagement = SeededWorld.Id("Engagement", world.Subjects["Engagement"]);
        var scorecard = SeededWorld.Id("Interview", world.Subjects["Interview"]);
        using var recruiter = world.Api.ClientAs(Role.Recruiter, world.Acme);

        var response = await recruiter.PostAsync("""
            mutation($engagement: ID!, $interview: ID!) {
              a: requestInterview(input: { engagementId: $engagement, candidate: { name: "Ada Both", email: "ada.both@example.com" } }) { interview { id } errors { code } }
              b: amendScorecard(input: { interviewId: $interview, recommendation: YES, ratings: [], reason: "Second thoughts" }) { scorecard { id } errors { code message path } }
            }
            """, new { engagement, interview = scorecard });

        Assert.False(response.HasErrors, response.Body);
        Assert.False(string.IsNullOrEmpty(response.Data.GetProperty("a").GetProperty("interview").GetProperty("id").GetString()));
        var refusal = Assert.Single(response.Data.GetProperty("b").GetProperty("errors").EnumerateArray());
        Assert.Equal("FORBIDDEN", refusal.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("b").GetProperty("scorecard").ValueKind);
    }

    private static void AssertOnlyThisFieldIsNull(JsonElement data, JsonElement path, Role role)
    {
        var at = data;
        var segments = path.EnumerateArray().ToList();
        for (var i = 0; i < segments.Count; i++)
        {
            Assert.True(at.ValueKind is JsonValueKind.Object or JsonValueKind.Array, $"{role}: {path} — the refusal nulled a parent.");
            at = segments[i].ValueKind == JsonValueKind.Number ? at[segments[i].GetInt32()] : at.GetProperty(segments[i].GetString()!);
        }

        Assert.Equal(JsonValueKind.Null, at.ValueKind);
    }
}
