using Microsoft.EntityFrameworkCore;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Testing.Databases;
using static Panelist.Api.Tests.Quality.CalibrationSetup;

namespace Panelist.Api.Tests.Quality;

/// <summary>
/// A drift alarm's recalibration task is completed only on the evidence of a later closed session the
/// interviewer scored in, and their drift chart then starts again instead of alarming on old deviations.
/// </summary>
public sealed class RecalibrationTaskApiTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string Tasks = """
        query($me: ID!) { recalibrationTasks(first: 10, where: { interviewerId: { eq: $me } }) { nodes { id status completedAt note calibrationSession { id } } } }
        """;

    private const string Complete = "task { id status note completedAt calibrationSession { id } }";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_task_is_completed_on_a_later_closed_session_and_the_interviewer_s_chart_starts_again(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        using var reviewer = world.As(Role.QualityReviewer, world.Acme);
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        var alarm = await SetUpAsync(world, "Drift");
        // The third rater sits a level above the other two on every item: an upward alarm.
        await ScoreAllAsync(world, alarm, lenientBy: 1);
        var task = Assert.Single((await reviewer.Query(Tasks, new { me = Rater(alarm, 2) })).At("recalibrationTasks.nodes").EnumerateArray());
        var taskId = task.Str("id")!;
        Assert.Equal("OPEN", task.Str("status"));

        var alarmSessionClosed = await reviewer.Ok("closeCalibrationSession", new { sessionId = alarm.Session }, "session { status }");
        var onTheAlarmsOwnSession = await reviewer.Refused("completeRecalibrationTask", new { taskId, calibrationSessionId = alarm.Session }, "task");

        var evidence = await SetUpAsync(world, "Recalibration");
        await ScoreAllAsync(world, evidence, lenientBy: 0);
        var beforeClose = await reviewer.Refused("completeRecalibrationTask", new { taskId, calibrationSessionId = evidence.Session }, "task");
        await reviewer.Ok("closeCalibrationSession", new { sessionId = evidence.Session }, "session { status }");
        var byRecruiter = await recruiter.PostAsync(
            "mutation($t: ID!, $s: ID!) { completeRecalibrationTask(input: { taskId: $t, calibrationSessionId: $s }) { task { id } errors { code } } }",
            new { t = taskId, s = evidence.Session });
        var completed = await reviewer.Ok("completeRecalibrationTask", new { taskId, calibrationSessionId = evidence.Session, note = "  Scored with the panel again.  " }, Complete);
        var twice = await reviewer.Refused("completeRecalibrationTask", new { taskId, calibrationSessionId = evidence.Session }, "task");

        // A third session in which they agree: their chart holds only the scores since completion, so no new alarm.
        var after = await SetUpAsync(world, "After");
        await ScoreAllAsync(world, after, lenientBy: 0);
        var tasksAfter = (await reviewer.Query(Tasks, new { me = Rater(alarm, 2) })).At("recalibrationTasks.nodes");

        const string Node = "query($id: ID!) { node(id: $id) { ... on RecalibrationTask { id status } } }";
        using var own = world.AsInterviewer(alarm.Raters[2]);
        using var peer = world.AsInterviewer(alarm.Raters[0]);
        var byOwner = await own.Query(Node, new { id = taskId });
        var byPeer = await peer.PostAsync(Node, new { id = taskId });
        var audited = await world.ReadAsync(world.Acme, db => db.AuditEntries
            .CountAsync(a => a.Action == "calibration.recalibration_completed" && a.SubjectId == FlowApi.DecodeId(taskId).ToString()));

        Assert.Equal("CLOSED", alarmSessionClosed.Str("session.status"));
        Assert.Equal(("RECALIBRATION_EVIDENCE_INVALID", "calibrationSessionId"), (onTheAlarmsOwnSession.Str("code"), Field(onTheAlarmsOwnSession)));
        Assert.Equal("RECALIBRATION_EVIDENCE_INVALID", beforeClose.Str("code"));
        Assert.Equal(["FORBIDDEN"], byRecruiter.ErrorCodes.Concat(byRecruiter.PayloadErrors("completeRecalibrationTask")).Distinct());
        Assert.Equal(("COMPLETED", "Scored with the panel again.", evidence.Session),
            (completed.Str("task.status"), completed.Str("task.note"), completed.Str("task.calibrationSession.id")));
        Assert.False(completed.IsNull("task.completedAt"));
        Assert.Equal("RECALIBRATION_TASK_COMPLETED", twice.Str("code"));
        Assert.Equal(["COMPLETED"], tasksAfter.EnumerateArray().Select(t => t.Str("status")));
        Assert.Equal("COMPLETED", byOwner.Str("node.status"));
        Assert.True(byPeer.Data.IsNull("node"));
        Assert.Equal(1, audited);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_session_where_the_interviewer_did_not_score_is_no_evidence(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        using var reviewer = world.As(Role.QualityReviewer, world.Acme);
        var alarm = await SetUpAsync(world, "Drift elsewhere", skipInterviewers: 4);
        await ScoreAllAsync(world, alarm, lenientBy: 1);
        var taskId = (await reviewer.Query(Tasks, new { me = Rater(alarm, 2) })).At("recalibrationTasks.nodes").EnumerateArray()
            .Single(t => t.Str("status") == "OPEN").Str("id")!;
        var other = await SetUpAsync(world, "Without them", skipInterviewers: 4);
        using (var first = world.AsInterviewer(other.Raters[0]))
        {
            await Score(first, other, 0, [.. Enumerable.Repeat(2, other.Criteria.Count)]);
        }

        await reviewer.Ok("closeCalibrationSession", new { sessionId = other.Session }, "session { status }");
        var refused = await reviewer.Refused("completeRecalibrationTask", new { taskId, calibrationSessionId = other.Session }, "task");
        using var globex = world.As(Role.QualityReviewer, world.Globex);
        var foreign = await globex.Refused("completeRecalibrationTask", new { taskId, calibrationSessionId = other.Session }, "task");

        Assert.Equal(("RECALIBRATION_EVIDENCE_INVALID", "calibrationSessionId"), (refused.Str("code"), Field(refused)));
        Assert.Equal(("NOT_FOUND", "taskId"), (foreign.Str("code"), Field(foreign)));
    }

    private static string? Field(System.Text.Json.JsonElement error) => error.GetProperty("path")[1].GetString();

    /// <summary>Every rater scores both interviews; the third rates <paramref name="lenientBy"/> above the others (capped at 4).</summary>
    private static async Task ScoreAllAsync(SeededWorld world, Setup setup, int lenientBy)
    {
        int[][] ratings = [[1, 2, 3, 3, 2, 3], [2, 2, 1, 3, 3, 1]];
        for (var interview = 0; interview < 2; interview++)
        {
            var same = ratings[interview][..setup.Criteria.Count];
            for (var rater = 0; rater < 3; rater++)
            {
                using var client = world.AsInterviewer(setup.Raters[rater]);
                await Score(client, setup, interview, rater == 2 ? [.. same.Select(r => Math.Min(4, r + lenientBy))] : same);
            }
        }
    }
}
