using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Quality;

/// <summary>
/// Issue 15 item 5 over HTTP: an interviewer's quality score and its history equal a from-scratch recomputation over the
/// rows after random audits and candidate feedback, and only the interviewer, the platform's staff and the staff of the
/// organizations they work for see it.
/// </summary>
public sealed class QualityScoreApiTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private static readonly string[] ItemKeys = ["a", "b", "c"];

    private const string Score = "windowStart windowEnd score observations renormalized missingComponents note components { kind value score weight effectiveWeight contribution observations missing }";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_score_and_its_history_equal_a_recomputation_from_the_rows_after_random_audits_and_feedback(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var interviewer = await BusiestAsync(world, world.Acme);
        using var reviewer = world.As(Role.QualityReviewer, world.Acme);
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        var random = new Random(15_05);
        var checklist = (await reviewer.Ok("createAuditChecklist", new
        {
            name = "Score inputs", passMark = 0.6m,
            items = new[] { new { key = "a", title = "A", weight = 3m }, new { key = "b", title = "B", weight = 1m }, new { key = "c", title = "C", weight = 1m } },
        }, "checklist { id }")).Str("checklist.id");
        await reviewer.Ok("publishAuditChecklist", new { checklistId = checklist }, "checklist { id }");
        var completed = await world.ReadAsync(world.Acme, db => db.Interviews.Where(i => i.InterviewerId == interviewer && i.Status == InterviewStatus.Completed)
            .OrderBy(i => i.Id).Select(i => new { i.Id, HasFeedback = db.CandidateFeedback.Any(f => f.InterviewId == i.Id) }).ToListAsync());
        foreach (var interview in completed)
        {
            var id = SeededWorld.Id("Interview", interview.Id);
            if (random.Next(3) > 0)
            {
                await reviewer.Ok("auditInterview", new
                {
                    interviewId = id, checklistId = checklist,
                    findings = ItemKeys.Select(k => new { itemKey = k, passed = random.Next(2) == 0, note = (string?)null }),
                }, "audit { id }");
            }

            if (!interview.HasFeedback && random.Next(2) == 0)
            {
                await recruiter.Ok("recordCandidateFeedback", new { interviewId = id, score = random.Next(0, 11), comment = (string?)null }, "candidateFeedback { id }");
            }
        }

        using var self = world.AsInterviewer(interviewer);
        var data = await self.Query($$"""
            query($id: ID!) { node(id: $id) { ... on Interviewer { qualityScore { {{Score}} } qualityScoreHistory(interval: WEEK, points: 8, windowDays: 30) { {{Score}} } } } }
            """, new { id = SeededWorld.Id("Interviewer", interviewer) });

        var current = data.At("node.qualityScore");
        var history = data.At("node.qualityScoreHistory").EnumerateArray().ToList();
        Assert.True(current.Number("observations") > 0);
        await AssertRecomputedAsync(world, interviewer, current);
        Assert.Equal(8, history.Count);
        foreach (var point in history)
        {
            await AssertRecomputedAsync(world, interviewer, point);
        }

        Assert.Equal(history.Select(p => p.Instant("windowEnd")).Order(), history.Select(p => p.Instant("windowEnd")));
        Assert.Equal(30, (history[^1].Instant("windowEnd") - history[^1].Instant("windowStart")).TotalDays, 6);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_score_is_for_the_interviewer_platform_staff_and_the_organizations_they_work_for_and_null_for_anyone_else(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var interviewer = await BusiestAsync(world, world.Acme);
        var other = await world.ReadAsync(world.Acme, db => db.Interviewers.Where(i => i.Id != interviewer).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());
        var worksForGlobex = await world.ReadAsync(world.Globex, db => db.Assignments
            .AnyAsync(a => a.InterviewerId == interviewer && (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted)));
        const string Read = "query($id: ID!) { node(id: $id) { ... on Interviewer { qualityScore { score observations } qualityScoreHistory(points: 2) { observations } } } }";
        async Task<JsonElement> As(Testing.Api.GraphQLClient client)
        {
            using (client)
            {
                return (await client.Query(Read, new { id = SeededWorld.Id("Interviewer", interviewer) })).At("node");
            }
        }

        var readers = new[]
        {
            await As(world.AsInterviewer(interviewer)), await As(world.As(Role.PlatformAdmin)), await As(world.As(Role.QualityReviewer, world.Acme)),
            await As(world.As(Role.ClientAdmin, world.Acme)), await As(world.As(Role.Recruiter, world.Acme)), await As(world.As(Role.Analyst, world.Acme)),
        };
        var others = new List<JsonElement> { await As(world.AsInterviewer(other)) };
        if (!worksForGlobex)
        {
            others.Add(await As(world.As(Role.ClientAdmin, world.Globex)));
        }

        Assert.All(readers, r => Assert.False(r.IsNull("qualityScore")));
        Assert.All(readers, r => Assert.Equal(2, r.At("qualityScoreHistory").GetArrayLength()));
        Assert.All(others, r => Assert.True(r.IsNull("qualityScore") && r.IsNull("qualityScoreHistory")));
        using var self = world.AsInterviewer(interviewer);
        var tooMany = await self.PostAsync("query($id: ID!) { node(id: $id) { ... on Interviewer { qualityScoreHistory(points: 61) { score } } } }",
            new { id = SeededWorld.Id("Interviewer", interviewer) });
        Assert.Contains("BAD_USER_INPUT", tooMany.ErrorCodes);
    }

    /// <summary>The interviewer with the most completed interviews for the organization.</summary>
    private static Task<Guid> BusiestAsync(SeededWorld world, Guid organization) =>
        world.ReadAsync(organization, db => db.Interviews.Where(i => i.InterviewerId != null && i.Status == InterviewStatus.Completed)
            .GroupBy(i => i.InterviewerId!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync());

    /// <summary>Every input of one point, recomputed from the rows by the definitions in the README, across organizations.</summary>
    private static async Task AssertRecomputedAsync(SeededWorld world, Guid interviewer, JsonElement point)
    {
        var start = point.Instant("windowStart").UtcDateTime;
        var end = point.Instant("windowEnd").UtcDateTime;
        bool In(DateTime at) => at > start && at <= end;
        var rows = await world.ReadAsync(world.Acme, async db =>
        {
            var mine = db.Interviews.IgnoreQueryFilters().Where(i => i.InterviewerId == interviewer);
            return (
                Audits: await db.InterviewAudits.IgnoreQueryFilters().Where(a => a.InterviewerId == interviewer).Select(a => new { a.CreatedAt, a.Score }).ToListAsync(),
                Feedback: await db.CandidateFeedback.IgnoreQueryFilters().Where(f => mine.Select(i => i.Id).Contains(f.InterviewId)).Select(f => new { f.CreatedAt, f.Score }).ToListAsync(),
                Interviews: await mine.Select(i => new
                {
                    i.Status, i.ScheduledStart, i.ScorecardDueAt,
                    Submitted = db.Scorecards.IgnoreQueryFilters().Where(s => s.InterviewId == i.Id).Select(s => s.SubmittedAt).FirstOrDefault(),
                }).ToListAsync());
        });
        var audits = rows.Audits.Where(a => In(a.CreatedAt)).ToList();
        var feedback = rows.Feedback.Where(f => In(f.CreatedAt)).Select(f => f.Score).ToList();
        var due = rows.Interviews.Where(i => i.Status == InterviewStatus.Completed && i.ScorecardDueAt is { } d && In(d)).ToList();
        var held = rows.Interviews.Where(i => i.ScheduledStart is { } s && In(s)
            && i.Status is InterviewStatus.Completed or InterviewStatus.NoShowCandidate or InterviewStatus.NoShowInterviewer).ToList();
        var expected = new Dictionary<string, (double? Value, double? Score, int N)>
        {
            ["AUDITS"] = audits.Count == 0 ? (null, null, 0) : ((double)audits.Average(a => a.Score), (double)audits.Average(a => a.Score), audits.Count),
            ["CALIBRATION"] = (null, null, 0),
            ["CANDIDATE_NPS"] = feedback.Count == 0 ? (null, null, 0)
                : Nps(feedback) is var nps ? (nps, (nps + 100) / 200, feedback.Count) : default,
            ["FEEDBACK_SLA"] = due.Count == 0 ? (null, null, 0)
                : ((double)due.Count(d => d.Submitted <= d.ScorecardDueAt) / due.Count, (double)due.Count(d => d.Submitted <= d.ScorecardDueAt) / due.Count, due.Count),
            ["NO_SHOWS"] = held.Count == 0 ? (null, null, 0)
                : ((double)held.Count(h => h.Status == InterviewStatus.NoShowInterviewer) / held.Count, 1 - ((double)held.Count(h => h.Status == InterviewStatus.NoShowInterviewer) / held.Count), held.Count),
        };
        double[] weights = [0.30, 0.25, 0.15, 0.15, 0.15];
        var present = expected.Values.Select((e, i) => e.Score is null ? 0 : weights[i]).Sum();
        double? composite = present == 0 ? null : expected.Values.Select((e, i) => (e.Score ?? 0) * weights[i]).Sum() / present;
        var components = point.At("components").EnumerateArray().ToList();

        Assert.Equal(expected.Keys, components.Select(c => c.Str("kind")));
        foreach (var (component, (kind, want)) in components.Zip(expected))
        {
            Assert.Equal(want.N, component.Number("observations"));
            Assert.Equal(want.Score is null, component.At("missing").GetBoolean());
            AssertClose(want.Value, component.At("value"), kind);
            AssertClose(want.Score, component.At("score"), kind);
        }

        AssertClose(composite, point.At("score"), "score");
        Assert.Equal(expected.Values.Sum(e => e.N), point.Number("observations"));
    }

    private static double Nps(List<int> scores) => 100.0 * (scores.Count(s => s >= 9) - scores.Count(s => s <= 6)) / scores.Count;

    private static void AssertClose(double? expected, JsonElement actual, string what)
    {
        if (expected is null)
        {
            Assert.True(actual.ValueKind == JsonValueKind.Null, $"{what}: expected null, got {actual}");
            return;
        }

        Assert.True(actual.ValueKind == JsonValueKind.Number, $"{what}: expected {expected}, got {actual}");
        Assert.Equal(expected.Value, actual.GetDouble(), 9);
    }
}
