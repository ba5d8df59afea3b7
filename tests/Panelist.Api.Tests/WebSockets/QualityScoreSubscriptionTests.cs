using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.Quality;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.WebSockets;

/// <summary>
/// Issue 15 item 7: <c>qualityScoreUpdated</c> sends the interviewer's current score, then a new one after a change of an
/// input in any client they work for, equal to what <c>Interviewer.qualityScore</c> answers; a change that moves no figure
/// sends nothing; whoever may not read the score is refused at subscribe. Each test picks interviews nobody has used yet.
/// </summary>
public sealed class QualityScoreSubscriptionTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string Fields = "score observations renormalized missingComponents note "
        + "components { kind value score weight effectiveWeight contribution observations missing explanation }";

    private const string Subscribe = $"subscription($id: ID!) {{ qualityScoreUpdated(interviewer: $id) {{ {Fields} }} }}";

    /// <summary>Longer than the coalescing interval, with room for the recomputation itself.</summary>
    private static readonly TimeSpan Quiet = QualitySubscriptions.Interval + TimeSpan.FromMilliseconds(800);

    private static readonly TimeSpan Next = TimeSpan.FromSeconds(5);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_interviewer_gets_the_score_then_one_equal_to_the_query_after_feedback_in_one_client_and_an_audit_in_another(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var pick = await TwoClientInterviewerAsync(world);
        var id = SeededWorld.Id("Interviewer", pick.Interviewer);
        await using var socket = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(Role.Interviewer, null, pick.Interviewer));
        using var self = world.AsInterviewer(pick.Interviewer);
        await socket.SubscribeAsync("q", Subscribe, new { id });

        var first = Score(await socket.ReceiveForAsync("q"));
        Assert.Equal((await QueryAsync(self, id)).GetRawText(), first.GetRawText());
        Assert.Equal(Components(first).Sum(c => c.Value.Number("observations")), first.Number("observations"));
        Assert.True(first.Number("observations") > 0);

        using (var recruiter = world.As(Role.Recruiter, pick.FeedbackOrganization))
        {
            await recruiter.Ok("recordCandidateFeedback", new { interviewId = SeededWorld.Id("Interview", pick.FeedbackInterview), score = 10, comment = (string?)null },
                "candidateFeedback { id }");
        }

        var afterFeedback = Score(await socket.ReceiveForAsync("q", Next));
        await AssertQueryEqualsAndOneMoreAsync(self, id, first, afterFeedback, "CANDIDATE_NPS");
        Assert.Equal(Observations(first, "AUDITS"), Observations(afterFeedback, "AUDITS"));

        using (var reviewer = world.As(Role.QualityReviewer, pick.AuditOrganization))
        {
            await AuditAsync(reviewer, pick.AuditInterview, passed: false);
        }

        var afterAudit = Score(await socket.ReceiveForAsync("q", Next));
        await AssertQueryEqualsAndOneMoreAsync(self, id, afterFeedback, afterAudit, "AUDITS");
        Assert.Equal(first.Number("observations") + 2, afterAudit.Number("observations"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_change_that_moves_no_figure_sends_nothing_and_the_next_score_is_the_change_that_does(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var (interviewer, own, others) = await ColleaguesAsync(world);
        var id = SeededWorld.Id("Interviewer", interviewer);
        // A client's recruiter, who reads the score because the interviewer works for the client.
        await using var socket = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(Role.Recruiter, world.Acme));
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        await socket.SubscribeAsync("q", Subscribe, new { id });
        var first = Score(await socket.ReceiveForAsync("q"));

        // Feedback in a client the interviewer works for is heard (it names no interviewer), recomputed, and moves nothing here.
        await recruiter.Ok("recordCandidateFeedback", new { interviewId = SeededWorld.Id("Interview", others), score = 0, comment = (string?)null }, "candidateFeedback { id }");
        Assert.Null(await socket.ReceiveForAsync("q", Quiet));
        await recruiter.Ok("recordCandidateFeedback", new { interviewId = SeededWorld.Id("Interview", own), score = 3, comment = (string?)null }, "candidateFeedback { id }");

        var next = Score(await socket.ReceiveForAsync("q", Next));
        await AssertQueryEqualsAndOneMoreAsync(recruiter, id, first, next, "CANDIDATE_NPS");
        Assert.Equal(first.Number("observations") + 1, next.Number("observations"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_interviewer_completing_an_interview_and_a_recruiter_marking_them_absent_each_send_a_score_equal_to_the_query(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var (interviewer, organization, interviews) = await PastScheduledAsync(world);
        var id = SeededWorld.Id("Interviewer", interviewer);
        await using var socket = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(Role.Interviewer, null, interviewer));
        using var self = world.AsInterviewer(interviewer);
        using var recruiter = world.As(Role.Recruiter, organization);
        await socket.SubscribeAsync("q", Subscribe, new { id });
        var first = Score(await socket.ReceiveForAsync("q"));

        await self.Ok("completeInterview", new { interviewId = SeededWorld.Id("Interview", interviews[0]) }, "interview { status }");
        var held = Score(await socket.ReceiveForAsync("q", Next));
        await AssertQueryEqualsAndOneMoreAsync(self, id, first, held, "NO_SHOWS");

        await recruiter.Ok("markInterviewNoShow", new { interviewId = SeededWorld.Id("Interview", interviews[1]), candidateMissing = false }, "interview { status }");
        var missed = Score(await socket.ReceiveForAsync("q", Next));
        await AssertQueryEqualsAndOneMoreAsync(self, id, held, missed, "NO_SHOWS");
        Assert.True(Components(missed)["NO_SHOWS"].At("value").GetDouble() > Components(held)["NO_SHOWS"].At("value").GetDouble());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_peers_calibration_rating_of_the_items_the_interviewer_rated_sends_a_score_with_their_agreement(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var setup = await Quality.CalibrationSetup.SetUpAsync(world, "Live calibration", skipInterviewers: 20);
        var me = setup.Raters[0];
        var id = SeededWorld.Id("Interviewer", me);
        await using var socket = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(Role.Interviewer, null, me));
        using var self = world.AsInterviewer(me);
        using var peer = world.AsInterviewer(setup.Raters[1]);
        await socket.SubscribeAsync("q", Subscribe, new { id });
        var first = Score(await socket.ReceiveForAsync("q"));

        // Mine alone shares no item with anyone: recomputed, nothing moves. Then only the peer's notice can bring the next score.
        await Quality.CalibrationSetup.Score(self, setup, 0, [1, 2, 3, 4, 2, 3]);
        Assert.Null(await socket.ReceiveForAsync("q", Quiet));
        await Quality.CalibrationSetup.Score(peer, setup, 0, [1, 2, 3, 4, 2, 3]);

        var next = Score(await socket.ReceiveForAsync("q", Next));
        Assert.Equal((await QueryAsync(self, id)).GetRawText(), next.GetRawText());
        Assert.Equal(0, Observations(first, "CALIBRATION"));
        Assert.Equal(setup.Criteria.Count, Observations(next, "CALIBRATION"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_clients_recruiter_and_another_interviewer_are_refused_FORBIDDEN_and_an_unknown_interviewer_NOT_FOUND(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var (interviewer, stranger) = await OnlyAcmeInterviewerAsync(world);
        var id = SeededWorld.Id("Interviewer", interviewer);
        await using var globex = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(Role.Recruiter, world.Globex));
        await using var other = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(Role.Interviewer, null, stranger));
        using var globexHttp = world.As(Role.Recruiter, world.Globex);

        await globex.SubscribeAsync("g", Subscribe, new { id });
        await other.SubscribeAsync("o", Subscribe, new { id });
        await globex.SubscribeAsync("u", Subscribe, new { id = SeededWorld.Id("Interviewer", Guid.NewGuid()) });
        await globex.SubscribeAsync("w", Subscribe, new { id = SeededWorld.Id("Engagement", interviewer) });

        var answers = await AnswersAsync(globex, 3);
        Assert.Equal("FORBIDDEN", ErrorCode(answers["g"]));
        Assert.Equal("FORBIDDEN", ErrorCode(await other.ReceiveForAsync("o")));
        Assert.Equal("NOT_FOUND", ErrorCode(answers["u"]));
        Assert.Equal("NOT_FOUND", ErrorCode(answers["w"]));
        // The query's rule: the same recruiter reads the interviewer's public profile but no score.
        var query = await globexHttp.Query($"query($id: ID!) {{ interviewer(id: $id) {{ id qualityScore {{ score }} }} }}", new { id });
        Assert.Equal(JsonValueKind.Null, query.At("interviewer.qualityScore").ValueKind);
    }

    private static async Task<JsonElement> QueryAsync(GraphQLClient client, string id) =>
        (await client.Query($"query($id: ID!) {{ interviewer(id: $id) {{ qualityScore {{ {Fields} }} }} }}", new { id })).At("interviewer.qualityScore");

    private static async Task AuditAsync(GraphQLClient reviewer, Guid interview, bool passed)
    {
        var checklist = (await reviewer.Ok("createAuditChecklist", new
        {
            name = $"Live score {Guid.NewGuid():N}"[..24], passMark = 0.5m,
            items = new[] { new { key = "a", title = "A", weight = 1m } },
        }, "checklist { id }")).Str("checklist.id");
        await reviewer.Ok("publishAuditChecklist", new { checklistId = checklist }, "checklist { id }");
        await reviewer.Ok("auditInterview", new
        {
            interviewId = SeededWorld.Id("Interview", interview), checklistId = checklist,
            findings = new[] { new { itemKey = "a", passed, note = (string?)null } },
        }, "audit { id }");
    }

    private sealed record TwoClients(Guid Interviewer, Guid FeedbackOrganization, Guid FeedbackInterview, Guid AuditOrganization, Guid AuditInterview);

    private sealed record Completed(Guid Interviewer, Guid Id, Guid OrganizationId, bool HasFeedback);

    private static Task<List<Completed>> CompletedAsync(SeededWorld world) =>
        world.ReadAsync(world.Acme, db => db.Interviews.IgnoreQueryFilters()
            .Where(i => i.InterviewerId != null && i.Status == InterviewStatus.Completed)
            .OrderBy(i => i.Id)
            .Select(i => new Completed(i.InterviewerId!.Value, i.Id, i.OrganizationId, db.CandidateFeedback.IgnoreQueryFilters().Any(f => f.InterviewId == i.Id)))
            .ToListAsync());

    /// <summary>An interviewer with an interview without feedback in one client and a completed interview in another.</summary>
    private static async Task<TwoClients> TwoClientInterviewerAsync(SeededWorld world)
    {
        var picks = from interviewer in (await CompletedAsync(world)).GroupBy(c => c.Interviewer).OrderBy(g => g.Key)
                    from feedback in interviewer.Where(c => !c.HasFeedback)
                    from audit in interviewer.Where(c => c.OrganizationId != feedback.OrganizationId)
                    select new TwoClients(interviewer.Key, feedback.OrganizationId, feedback.Id, audit.OrganizationId, audit.Id);
        var pick = picks.FirstOrDefault();
        Assert.True(pick is not null, "The demo world has no interviewer with completed interviews in two clients.");
        return pick;
    }

    /// <summary>An interviewer working for acme with an interview there without feedback, and another's interview there without feedback.</summary>
    private static async Task<(Guid Interviewer, Guid Own, Guid Others)> ColleaguesAsync(SeededWorld world)
    {
        var working = await WorkingForAsync(world, world.Acme);
        var open = (await CompletedAsync(world)).Where(c => c.OrganizationId == world.Acme && !c.HasFeedback).ToList();
        var own = open.First(c => working.Contains(c.Interviewer));
        var others = open.First(c => c.Interviewer != own.Interviewer);
        return (own.Interviewer, own.Id, others.Id);
    }

    /// <summary>An interviewer with two scheduled interviews in one client that have started (and so may have an outcome).</summary>
    private static async Task<(Guid Interviewer, Guid Organization, List<Guid> Interviews)> PastScheduledAsync(SeededWorld world)
    {
        var now = DateTime.UtcNow;
        var scheduled = await world.ReadAsync(world.Acme, db => db.Interviews.IgnoreQueryFilters()
            .Where(i => i.InterviewerId != null && i.Status == InterviewStatus.Scheduled && i.ScheduledStart < now && i.ScheduledStart > now.AddDays(-300))
            .OrderBy(i => i.Id).Select(i => new { Interviewer = i.InterviewerId!.Value, i.OrganizationId, i.Id }).ToListAsync());
        var pick = scheduled.GroupBy(i => (i.Interviewer, i.OrganizationId)).FirstOrDefault(g => g.Count() >= 2);
        Assert.True(pick is not null, "The demo world has no interviewer with two started, scheduled interviews in one client.");
        return (pick.Key.Interviewer, pick.Key.OrganizationId, [.. pick.Take(2).Select(i => i.Id)]);
    }

    /// <summary>An interviewer who works for acme and not for globex, and another interviewer.</summary>
    private static async Task<(Guid Interviewer, Guid Stranger)> OnlyAcmeInterviewerAsync(SeededWorld world)
    {
        var acme = await WorkingForAsync(world, world.Acme);
        var globex = await WorkingForAsync(world, world.Globex);
        var interviewer = acme.Except(globex).Order().First();
        var stranger = await world.ReadAsync(world.Acme, db => db.Interviewers.Where(i => i.Id != interviewer).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());
        return (interviewer, stranger);
    }

    private static async Task<HashSet<Guid>> WorkingForAsync(SeededWorld world, Guid organization) =>
        [.. await world.ReadAsync(organization, db => db.Assignments
            .Where(a => a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted).Select(a => a.InterviewerId).Distinct().ToListAsync())];

    private static JsonElement Score(JsonElement? message)
    {
        Assert.True(message is not null, "No score came in time.");
        Assert.True(message.Value.GetProperty("type").GetString() == "next", message.Value.GetRawText());
        return message.Value.GetProperty("payload").GetProperty("data").GetProperty("qualityScoreUpdated");
    }

    /// <summary>The first <paramref name="count"/> messages of a socket by operation id, in whatever order the operations answer.</summary>
    private static async Task<Dictionary<string, JsonElement?>> AnswersAsync(GraphQLSocket socket, int count)
    {
        var answers = new Dictionary<string, JsonElement?>(StringComparer.Ordinal);
        while (answers.Count < count && await socket.ReceiveAsync() is { } message)
        {
            answers[message.GetProperty("id").GetString()!] = message;
        }

        return answers;
    }

    private static string? ErrorCode(JsonElement? message)
    {
        Assert.True(message is not null, "No answer came in time.");
        Assert.True(message.Value.GetProperty("type").GetString() == "error", message.Value.GetRawText());
        return message.Value.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString();
    }

    private static Dictionary<string, JsonElement> Components(JsonElement score) =>
        score.At("components").EnumerateArray().ToDictionary(c => c.Str("kind")!, c => c);

    private static int Observations(JsonElement score, string kind) => Components(score)[kind].Number("observations");

    /// <summary>The event equals what the query answers now, and it rests on one more observation of <paramref name="kind"/> than <paramref name="before"/>.</summary>
    private static async Task AssertQueryEqualsAndOneMoreAsync(GraphQLClient viewer, string id, JsonElement before, JsonElement after, string kind)
    {
        Assert.Equal((await QueryAsync(viewer, id)).GetRawText(), after.GetRawText());
        Assert.Equal(Observations(before, kind) + 1, Observations(after, kind));
    }
}
