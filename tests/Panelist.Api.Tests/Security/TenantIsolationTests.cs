using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Security;

/// <summary>
/// acme's people never see or touch globex's rows: not by id, not in lists, not through filters, not
/// through mutations. The seeded world is shared; the mutations below are all refused.
/// </summary>
public sealed class TenantIsolationTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Node_with_a_globex_id_is_null_with_NOT_FOUND(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var globex = await GlobexRowsAsync(world);
        using var recruiter = world.As(Role.Recruiter, world.Acme);

        foreach (var id in globex.All)
        {
            var response = await recruiter.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

            Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("node").ValueKind);
            Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Typed_root_fields_with_a_globex_id_are_null(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var globex = await GlobexRowsAsync(world);
        using var recruiter = world.As(Role.Recruiter, world.Acme);

        var response = await recruiter.PostAsync("query($e: ID!, $i: ID!) { engagement(id: $e) { id } interview(id: $i) { id } }",
            new { e = globex.Engagement, i = globex.Interview });

        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("engagement").ValueKind);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("interview").ValueKind);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Nodes_answer_null_for_globex_ids_and_the_object_for_acme_s(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var globex = await GlobexRowsAsync(world);
        var acmeEngagement = SeededWorld.Id("Engagement", await world.ReadAsync(world.Acme, db => db.Engagements.Select(e => e.Id).FirstAsync()));
        using var recruiter = world.As(Role.Recruiter, world.Acme);

        var response = await recruiter.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = globex.All.Append(acmeEngagement).ToArray() });

        var nodes = response.Data.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(4, nodes.Count);
        Assert.All(nodes.Take(3), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));
        Assert.Equal(acmeEngagement, nodes[3].GetProperty("id").GetString());
        Assert.DoesNotContain("FORBIDDEN", response.ErrorCodes);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Lists_hold_exactly_acme_s_rows(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var acme = await world.ReadAsync(world.Acme, async db => new
        {
            Engagements = (await db.Engagements.Select(e => e.Id).ToListAsync()).Select(id => SeededWorld.Id("Engagement", id)).ToHashSet(),
            Assignments = (await db.Assignments.Select(a => a.Id).ToListAsync()).Select(id => SeededWorld.Id("Assignment", id)).ToHashSet(),
            Interviews = (await db.Interviews.Select(i => i.Id).ToListAsync()).Select(id => SeededWorld.Id("Interview", id)).ToHashSet(),
            AuditEntries = (await db.AuditEntries.Select(a => a.Id).ToListAsync()).Select(id => SeededWorld.Id("AuditEntry", id)).ToHashSet(),
        });
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        using var auditor = world.As(Role.Auditor, world.Acme);

        var response = await recruiter.PostAsync("""
            {
              engagements(first: 100) { totalCount nodes { id organization { slug } } }
              assignments(first: 100) { totalCount nodes { id engagement { id } } }
              interviews(first: 100) { totalCount nodes { id engagement { id } } }
            }
            """);
        var trail = await auditor.PostAsync("{ auditEntries(first: 100) { totalCount nodes { id } } }");

        Assert.False(trail.HasErrors, trail.Body);
        Assert.False(response.HasErrors, response.Body);
        var data = response.Data;
        Assert.Equal(acme.Engagements, Ids(data, "engagements").ToHashSet());
        Assert.All(data.GetProperty("engagements").GetProperty("nodes").EnumerateArray(),
            e => Assert.Equal("acme", e.GetProperty("organization").GetProperty("slug").GetString()));
        Assert.Equal(acme.Assignments, Ids(data, "assignments").ToHashSet());
        Assert.Equal(acme.Interviews.Count, data.GetProperty("interviews").GetProperty("totalCount").GetInt32());
        Assert.Subset(acme.Interviews, Ids(data, "interviews").ToHashSet());
        foreach (var list in new[] { "assignments", "interviews" })
        {
            Assert.All(data.GetProperty(list).GetProperty("nodes").EnumerateArray(),
                n => Assert.Contains(n.GetProperty("engagement").GetProperty("id").GetString()!, acme.Engagements));
        }

        Assert.Equal(acme.AuditEntries.Count, trail.Data.GetProperty("auditEntries").GetProperty("totalCount").GetInt32());
        Assert.Subset(acme.AuditEntries, Ids(trail.Data, "auditEntries").ToHashSet());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Filters_on_a_globex_engagement_find_nothing(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var globex = await GlobexRowsAsync(world);
        using var recruiter = world.As(Role.Recruiter, world.Acme);

        var response = await recruiter.PostAsync("""
            query($e: ID!) {
              byEq: interviews(where: { engagementId: { eq: $e } }) { totalCount nodes { id } }
              byIn: interviews(where: { engagementId: { in: [$e] } }) { totalCount nodes { id } }
              assignments(where: { engagementId: { eq: $e } }) { totalCount nodes { id } }
            }
            """, new { e = globex.Engagement });

        Assert.False(response.HasErrors, response.Body);
        foreach (var field in new[] { "byEq", "byIn", "assignments" })
        {
            Assert.Equal(0, response.Data.GetProperty(field).GetProperty("totalCount").GetInt32());
            Assert.Empty(response.Data.GetProperty(field).GetProperty("nodes").EnumerateArray());
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Mutations_on_globex_rows_are_NOT_FOUND_and_change_nothing(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var globex = await GlobexRowsAsync(world);
        var before = await SnapshotAsync(world);
        using var recruiter = world.As(Role.Recruiter, world.Acme);

        var response = await recruiter.PostAsync("""
            mutation($i: ID!, $e: ID!) {
              cancelInterview(input: { interviewId: $i, reason: "Cross-tenant attempt" }) { interview { id status } errors { code path } }
              requestInterview(input: { engagementId: $e, candidate: { name: "Eve Intruder", email: "eve@example.com" } }) { interview { id } errors { code path } }
              closeEngagement(input: { engagementId: $e, reason: "Cross-tenant attempt" }) { engagement { id } errors { code path } }
            }
            """, new { i = globex.Interview, e = globex.Engagement });

        Assert.False(response.HasErrors, response.Body);
        foreach (var (field, result, input) in new[] { ("cancelInterview", "interview", "interviewId"), ("requestInterview", "interview", "engagementId"), ("closeEngagement", "engagement", "engagementId") })
        {
            Assert.Equal(["NOT_FOUND"], response.PayloadErrors(field));
            Assert.Equal(JsonValueKind.Null, response.Data.GetProperty(field).GetProperty(result).ValueKind);
            Assert.Equal(["input", input], response.Data.GetProperty(field).GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        }

        Assert.Equal(before, await SnapshotAsync(world));
    }

    private static List<string> Ids(JsonElement data, string list) => SeededWorld.Ids(data.GetProperty(list).GetProperty("nodes"));

    /// <summary>A globex engagement with a still cancellable interview, and one of its assignments, as global ids.</summary>
    private static Task<(string Engagement, string Interview, string Assignment, string[] All)> GlobexRowsAsync(SeededWorld world) =>
        world.ReadAsync(world.Globex, async db =>
        {
            var interview = await db.Interviews.Where(i => i.Status == InterviewStatus.Requested || i.Status == InterviewStatus.Scheduled)
                .OrderBy(i => i.Id).FirstAsync();
            var assignment = await db.Assignments.Where(a => a.EngagementId == interview.EngagementId).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            var ids = (SeededWorld.Id("Engagement", interview.EngagementId), SeededWorld.Id("Interview", interview.Id), SeededWorld.Id("Assignment", assignment));
            return (ids.Item1, ids.Item2, ids.Item3, new[] { ids.Item1, ids.Item2, ids.Item3 });
        });

    /// <summary>What a cross-tenant write could have changed: globex's interviews and engagements, and both audit chains.</summary>
    private static async Task<string> SnapshotAsync(SeededWorld world)
    {
        var globex = await world.ReadAsync(world.Globex, async db => string.Join(";",
            string.Join(",", (await db.Interviews.Select(i => new { i.Id, i.Status, i.CancellationReason }).ToListAsync()).OrderBy(i => i.Id)),
            string.Join(",", (await db.Engagements.Select(e => new { e.Id, e.Status }).ToListAsync()).OrderBy(e => e.Id)),
            await db.AuditEntries.CountAsync()));
        var acme = await world.ReadAsync(world.Acme, db => db.AuditEntries.CountAsync(e => e.Action != "candidate.viewed"));
        return $"{globex}|{acme}";
    }
}
