using Microsoft.EntityFrameworkCore;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Domain.Quality.Statistics;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Quality;

/// <summary>
/// Issue 15 item 4 over HTTP: three interviewers score the same two interviews blind, and the session's
/// reliability figures equal the statistics library's on the same ratings.
/// </summary>
public sealed class CalibrationApiTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string Scores = "query($id: ID!) { node(id: $id) { ... on CalibrationSession { scores { interviewId interviewer { id } } } } }";

    private const string Figures = """
        query($id: ID!, $me: ID) { calibrationReliability(sessionId: $id, interviewerId: $me) {
          ratings items completeItems raters { id }
          pairs { first { id } second { id } kappa { value items } }
          fleissKappa { value items ratersPerItem } fleissKappaUnavailable
          icc { targets raters observations icc1 icc2 icc3 icc1k icc2k icc3k } iccUnavailable
          leniency { interviewer { id } items zScore } } }
        """;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Scores_stay_hidden_from_participants_until_every_participant_has_scored_that_interview(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var setup = await SetUpAsync(world, "Blindness");
        using var a = world.AsInterviewer(setup.Raters[0]);
        using var b = world.AsInterviewer(setup.Raters[1]);
        using var c = world.AsInterviewer(setup.Raters[2]);
        using var outsider = world.AsInterviewer(setup.Outsider);
        using var reviewer = world.As(Role.QualityReviewer, world.Acme);

        await Score(a, setup, 0, [3, 3, 3, 3, 3, 3]);
        var bBefore = await b.Query(Scores, new { id = setup.Session });
        await Score(b, setup, 0, [2, 2, 2, 2, 2, 2]);
        var aWithTwoOfThree = await a.Query(Scores, new { id = setup.Session });
        await Score(c, setup, 0, [4, 4, 4, 4, 4, 4]);
        var aAfter = await a.Query(Scores, new { id = setup.Session });
        await Score(c, setup, 1, [1, 1, 1, 1, 1, 1]);
        var bAfterOnlyCScoredTheSecond = await b.Query(Scores, new { id = setup.Session });
        var reviewerView = await reviewer.Query(Scores, new { id = setup.Session });
        var outsiderView = await outsider.PostAsync(Scores, new { id = setup.Session });
        var outsiderScore = await outsider.Refused("submitCalibrationScore", ScoreInput(setup, 0, [1, 1, 1, 1, 1, 1]), "score");
        var twice = await a.Refused("submitCalibrationScore", ScoreInput(setup, 0, [1, 1, 1, 1, 1, 1]), "score");

        Assert.Empty(bBefore.At("node.scores").EnumerateArray());
        Assert.Equal([Rater(setup, 0)], aWithTwoOfThree.At("node.scores").Each("interviewer.id"));
        Assert.Equal(3, aAfter.At("node.scores").GetArrayLength());
        Assert.Equal([SeededWorld.Id("Interview", setup.Interviews[0])], bAfterOnlyCScoredTheSecond.At("node.scores").Each("interviewId").Distinct());
        Assert.Equal(4, reviewerView.At("node.scores").GetArrayLength());
        Assert.True(outsiderView.Data.IsNull("node"));
        Assert.Equal("NOT_FOUND", outsiderScore.Str("code"));
        Assert.Equal("CALIBRATION_ALREADY_SCORED", twice.Str("code"));
        await reviewer.Ok("closeCalibrationSession", new { sessionId = setup.Session }, "session { status }");
        Assert.Equal(4, (await b.Query(Scores, new { id = setup.Session })).At("node.scores").GetArrayLength());
        Assert.Equal("CALIBRATION_CLOSED", (await b.Refused("submitCalibrationScore", ScoreInput(setup, 1, [1, 1, 1, 1, 1, 1]), "score")).Str("code"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Session_figures_equal_the_statistics_library_on_the_same_ratings_and_other_organizations_cannot_read_them(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var setup = await SetUpAsync(world, "Figures");
        // Hand-made: B agrees with A on every item (κ_AB = 1); C rates one level above A, capped at 4 (lenient).
        int[][] a = [[1, 2, 3, 4, 2, 3], [2, 2, 1, 3, 4, 1]];
        int[][] c = [.. a.Select(r => r.Select(x => Math.Min(4, x + 1)).ToArray())];
        using (var first = world.AsInterviewer(setup.Raters[0]))
        using (var second = world.AsInterviewer(setup.Raters[1]))
        using (var third = world.AsInterviewer(setup.Raters[2]))
        {
            for (var interview = 0; interview < 2; interview++)
            {
                await Score(first, setup, interview, a[interview][..setup.Criteria.Count]);
                await Score(second, setup, interview, a[interview][..setup.Criteria.Count]);
                await Score(third, setup, interview, c[interview][..setup.Criteria.Count]);
            }
        }

        using var reviewer = world.As(Role.QualityReviewer, world.Acme);
        using var globexReviewer = world.As(Role.QualityReviewer, world.Globex);
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        var report = (await reviewer.Query(Figures, new { id = setup.Session })).At("calibrationReliability");
        var foreign = await globexReviewer.PostAsync(Figures, new { id = setup.Session });
        var byRecruiter = await recruiter.PostAsync(Figures, new { id = setup.Session });
        using var participant = world.AsInterviewer(setup.Raters[0]);
        const string OnSession = "query($id: ID!) { node(id: $id) { ... on CalibrationSession { title reliability { ratings } } } }";
        var byParticipant = await participant.PostAsync(OnSession, new { id = setup.Session });
        var sessionByRecruiter = await recruiter.PostAsync(OnSession, new { id = setup.Session });

        // The same matrix, computed directly: items in (interview, criterion) order, raters in id order.
        var k = setup.Criteria.Count;
        var raters = setup.Raters.Order().ToList();
        int Rating(Guid rater, int item) => (rater == setup.Raters[2] ? c : a)[item / k][item % k];
        var items = Enumerable.Range(0, 2 * k).ToList();
        var scale = new RatingScale(1, 4);
        var fleiss = FleissKappa.Compute([.. items.Select(i => (IReadOnlyList<int>)[.. Enumerable.Range(1, 4).Select(level => raters.Count(r => Rating(r, i) == level))])]);
        var icc = IntraclassCorrelation.Compute([.. items.Select(i => (IReadOnlyList<double>)[.. raters.Select(r => (double)Rating(r, i))])]);
        var leniency = RaterLeniency.Compute(raters.SelectMany(r => items.Select(i => new RaterRating<Guid, int>(r, i, Rating(r, i))))).ToDictionary(l => l.Rater);

        Assert.Equal((6 * k, 2 * k, 2 * k), (report.Number("ratings"), report.Number("items"), report.Number("completeItems")));
        Assert.Equal(3, report.At("pairs").GetArrayLength());
        foreach (var pair in report.At("pairs").EnumerateArray())
        {
            var (first, second) = (FlowApi.DecodeId(pair.Str("first.id")!), FlowApi.DecodeId(pair.Str("second.id")!));
            var expected = CohenKappa.Compute([.. items.Select(i => Rating(first, i))], [.. items.Select(i => Rating(second, i))], scale, KappaWeighting.Quadratic);
            Assert.Equal(expected.Value!.Value, pair.At("kappa.value").GetDouble(), 9);
            Assert.Equal(2 * k, pair.Number("kappa.items"));
            if (new[] { first, second }.Order().SequenceEqual(new[] { setup.Raters[0], setup.Raters[1] }.Order()))
            {
                Assert.Equal(1.0, pair.At("kappa.value").GetDouble(), 9);
            }
        }

        Assert.Equal(fleiss.Value!.Value, report.At("fleissKappa.value").GetDouble(), 9);
        Assert.Equal((2 * k, 3), (report.Number("fleissKappa.items"), report.Number("fleissKappa.ratersPerItem")));
        Assert.Equal((2 * k, 3, 6 * k), (report.Number("icc.targets"), report.Number("icc.raters"), report.Number("icc.observations")));
        Assert.Equal(icc.Icc1Single!.Value, report.At("icc.icc1").GetDouble(), 9);
        Assert.Equal(icc.Icc2Single!.Value, report.At("icc.icc2").GetDouble(), 9);
        Assert.Equal(icc.Icc3Single!.Value, report.At("icc.icc3").GetDouble(), 9);
        Assert.Equal(icc.Icc1Average!.Value, report.At("icc.icc1k").GetDouble(), 9);
        Assert.Equal(icc.Icc2Average!.Value, report.At("icc.icc2k").GetDouble(), 9);
        Assert.Equal(icc.Icc3Average!.Value, report.At("icc.icc3k").GetDouble(), 9);
        foreach (var row in report.At("leniency").EnumerateArray())
        {
            var rater = FlowApi.DecodeId(row.Str("interviewer.id")!);
            Assert.Equal(leniency[rater].ZScore!.Value, row.At("zScore").GetDouble(), 9);
            Assert.Equal(2 * k, row.Number("items"));
        }

        Assert.True(report.At("leniency").EnumerateArray().Single(r => r.Str("interviewer.id") == Rater(setup, 2)).At("zScore").GetDouble() > 0);
        var mine = (await reviewer.Query(Figures, new { id = setup.Session, me = Rater(setup, 2) })).At("calibrationReliability");
        Assert.Equal(6 * k, mine.Number("ratings"));
        Assert.Equal(["NOT_FOUND"], foreign.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], byRecruiter.ErrorCodes);
        // A participant sees the session but not its figures; a recruiter does not see the session at all.
        Assert.Equal(["FORBIDDEN"], byParticipant.ErrorCodes);
        Assert.Equal("Figures", byParticipant.Data.Str("node.title"));
        Assert.True(byParticipant.Data.IsNull("node.reliability"));
        Assert.True(sessionByRecruiter.Data.IsNull("node"));

        // C sits a level above the others on every item: their EWMA of deviations alarms upwards and opens one task.
        const string Tasks = "query($me: ID!) { recalibrationTasks(first: 10, where: { interviewerId: { eq: $me } }) { nodes { direction observations statistic limit status } } }";
        var tasks = (await reviewer.Query(Tasks, new { me = Rater(setup, 2) })).At("recalibrationTasks.nodes");
        var task = Assert.Single(tasks.EnumerateArray());
        Assert.Equal(("UP", "OPEN"), (task.Str("direction"), task.Str("status")));
        Assert.True(task.At("statistic").GetDouble() > task.At("limit").GetDouble());
        Assert.Empty((await globexReviewer.Query(Tasks, new { me = Rater(setup, 2) })).At("recalibrationTasks.nodes").EnumerateArray());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Shadow_score_and_the_holder_s_scorecard_stay_hidden_from_each_other_until_both_are_in(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var (interview, primary, criteria) = await world.ReadAsync(world.Acme, async db =>
        {
            var open = await db.Interviews.Where(i => i.Status == InterviewStatus.Completed && i.InterviewerId != null
                    && !db.Scorecards.Any(s => s.InterviewId == i.Id && s.Status != Domain.Scorecards.ScorecardStatus.Draft))
                .OrderBy(i => i.Id).FirstAsync();
            var version = await db.Engagements.Where(e => e.Id == open.EngagementId).Select(e => e.RubricVersionId).SingleAsync();
            return (open.Id, open.InterviewerId!.Value, (await db.RubricVersions.SingleAsync(v => v.Id == version)).Criteria.Select(c => c.Key).ToList());
        });
        var shadowId = await world.ReadAsync(world.Acme, db => db.Interviewers.Where(i => i.Id != primary).OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync());
        using var reviewer = world.As(Role.QualityReviewer, world.Acme);
        using var holder = world.AsInterviewer(primary);
        using var shadow = world.AsInterviewer(shadowId);
        var session = (await reviewer.Ok("requestShadowScoring", new { interviewId = SeededWorld.Id("Interview", interview), shadowInterviewerId = SeededWorld.Id("Interviewer", shadowId) },
            "session { id kind participants { id } }")).At("session");
        var id = session.Str("id")!;
        var ratings = criteria.Select((key, i) => new { criterionKey = key, rating = 1 + (i % 4), evidence = (string?)null }).ToList();

        await shadow.Ok("submitCalibrationScore", new { sessionId = id, interviewId = SeededWorld.Id("Interview", interview), ratings }, "score { interviewId }");
        var holderBefore = await holder.Query(Scores, new { id });
        var shadowBefore = await shadow.Query(Scores, new { id });
        var shadowReadsTheScorecard = await shadow.PostAsync("query($id: ID!) { interview(id: $id) { scorecard { ratings { rating } } } }",
            new { id = SeededWorld.Id("Interview", interview) });
        var holderScoresInSession = await holder.Refused("submitCalibrationScore", new { sessionId = id, interviewId = SeededWorld.Id("Interview", interview), ratings }, "score");
        await holder.Ok("submitScorecard", new { interviewId = SeededWorld.Id("Interview", interview), ratings, recommendation = "YES", summary = (string?)null },
            "scorecard { id }");
        var holderAfter = await holder.Query(Scores, new { id });
        var shadowAfter = await shadow.Query(Scores, new { id });
        var figures = (await reviewer.Query(Figures, new { id, me = (string?)null })).At("calibrationReliability");

        Assert.Equal("SHADOW", session.Str("kind"));
        Assert.Equal([SeededWorld.Id("Interviewer", primary), SeededWorld.Id("Interviewer", shadowId)], session.At("participants").Each("id"));
        Assert.Empty(holderBefore.At("node.scores").EnumerateArray());
        Assert.Equal([SeededWorld.Id("Interviewer", shadowId)], shadowBefore.At("node.scores").Each("interviewer.id"));
        Assert.True(shadowReadsTheScorecard.Data.IsNull("interview"));
        Assert.Equal("INVALID_TRANSITION", holderScoresInSession.Str("code"));
        Assert.Equal(2, holderAfter.At("node.scores").GetArrayLength());
        Assert.Equal(2, shadowAfter.At("node.scores").GetArrayLength());
        // Identical ratings from both: quadratic κ = 1 over every criterion of the one interview.
        var pair = Assert.Single(figures.At("pairs").EnumerateArray());
        Assert.Equal((1.0, criteria.Count), (pair.At("kappa.value").GetDouble(), pair.Number("kappa.items")));
    }

    private static string Rater(Setup setup, int index) => SeededWorld.Id("Interviewer", setup.Raters[index]);

    private static object ScoreInput(Setup setup, int interview, int[] ratings) => new
    {
        sessionId = setup.Session,
        interviewId = SeededWorld.Id("Interview", setup.Interviews[interview]),
        ratings = setup.Criteria.Select((key, i) => new { criterionKey = key, rating = ratings[i], evidence = (string?)null }),
    };

    private static async Task Score(Testing.Api.GraphQLClient client, Setup setup, int interview, int[] ratings)
    {
        await client.Ok("submitCalibrationScore", ScoreInput(setup, interview, ratings), "score { interviewId }");
    }

    /// <summary>A session over two completed acme interviews of one rubric version, with three raters and one interviewer left out.</summary>
    private static async Task<Setup> SetUpAsync(SeededWorld world, string title)
    {
        var (rubric, interviews, criteria) = await world.ReadAsync(world.Acme, async db =>
        {
            var completed = await db.Interviews.Where(i => i.Status == InterviewStatus.Completed)
                .Join(db.Engagements, i => i.EngagementId, e => e.Id, (i, e) => new { i.Id, e.RubricVersionId }).ToListAsync();
            var version = completed.GroupBy(x => x.RubricVersionId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
            var keys = (await db.RubricVersions.SingleAsync(v => v.Id == version.Key)).Criteria.Select(c => c.Key).ToList();
            return (version.Key, version.Select(x => x.Id).Order().Take(2).ToList(), keys);
        });
        Assert.InRange(criteria.Count, 1, 6);
        var people = await world.ReadAsync(world.Acme, db => db.Interviewers.OrderBy(i => i.Id).Select(i => i.Id).Take(4).ToListAsync());
        using var reviewer = world.As(Role.QualityReviewer, world.Acme);
        var session = (await reviewer.Ok("createCalibrationSession", new
        {
            title,
            rubricVersionId = SeededWorld.Id("RubricVersion", rubric),
            interviewIds = interviews.Select(id => SeededWorld.Id("Interview", id)),
            interviewerIds = people.Take(3).Select(id => SeededWorld.Id("Interviewer", id)),
        }, "session { id status }")).Str("session.id")!;
        return new Setup(session, interviews, people.Take(3).ToList(), people[3], criteria);
    }

    private sealed record Setup(string Session, List<Guid> Interviews, List<Guid> Raters, Guid Outsider, List<string> Criteria);
}
