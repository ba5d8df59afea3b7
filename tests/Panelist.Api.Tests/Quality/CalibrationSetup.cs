using Microsoft.EntityFrameworkCore;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;

namespace Panelist.Api.Tests.Quality;

/// <summary>Calibration sessions over the seeded world's completed interviews, shared by the calibration tests.</summary>
public static class CalibrationSetup
{
    public static string Rater(Setup setup, int index) => SeededWorld.Id("Interviewer", setup.Raters[index]);

    public static object ScoreInput(Setup setup, int interview, int[] ratings) => new
    {
        sessionId = setup.Session,
        interviewId = SeededWorld.Id("Interview", setup.Interviews[interview]),
        ratings = setup.Criteria.Select((key, i) => new { criterionKey = key, rating = ratings[i], evidence = (string?)null }),
    };

    public static async Task Score(Testing.Api.GraphQLClient client, Setup setup, int interview, int[] ratings)
    {
        await client.Ok("submitCalibrationScore", ScoreInput(setup, interview, ratings), "score { interviewId }");
    }

    /// <summary>
    /// A session over two completed acme interviews of one rubric version, with three raters and one interviewer left out
    /// (the first four by id after <paramref name="skipInterviewers"/>, so that tests sharing a world can keep their raters apart).
    /// </summary>
    public static async Task<Setup> SetUpAsync(SeededWorld world, string title, int skipInterviewers = 0)
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
        var people = await world.ReadAsync(world.Acme, db => db.Interviewers.OrderBy(i => i.Id).Select(i => i.Id).Skip(skipInterviewers).Take(4).ToListAsync());
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

    public sealed record Setup(string Session, List<Guid> Interviews, List<Guid> Raters, Guid Outsider, List<string> Criteria);
}
