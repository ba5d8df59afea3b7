using GraphQL;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Api.Quality;

/// <summary>Gathers the calibration ratings of a session, a rubric version and/or an interviewer and hands them to <see cref="ReliabilityCalculator"/>.</summary>
public static class QualityReliability
{
    /// <summary>
    /// With <paramref name="interviewerId"/>, the figures rest on the items that interviewer rated (with every
    /// other rater's ratings of them), so that the pairs and leniency describe them against their peers.
    /// </summary>
    public static async Task<ReliabilityReport> ComputeAsync(IResolveFieldContext ctx, Guid? sessionId, Guid? rubricVersionId, Guid? interviewerId)
    {
        var db = ctx.Db();
        var sessions = db.CalibrationSessions.AsQueryable();
        if (sessionId is { } session)
        {
            sessions = sessions.Where(s => s.Id == session);
        }

        if (rubricVersionId is { } rubric)
        {
            sessions = sessions.Where(s => s.RubricVersionId == rubric);
        }

        var scores = await CalibrationScores.OfAsync(db, await sessions.AsNoTracking().ToListAsync(ctx.CancellationToken), false, ctx.CancellationToken);
        var observations = scores.SelectMany(s => s.Ratings.Select(r => new CalibrationObservation(s.InterviewerId, $"{s.SessionId:N}/{s.InterviewId:N}/{r.CriterionKey}", r.Rating)))
            .ToList();
        if (interviewerId is { } me)
        {
            var mine = observations.Where(o => o.RaterId == me).Select(o => o.Item).ToHashSet(StringComparer.Ordinal);
            observations = [.. observations.Where(o => mine.Contains(o.Item))];
        }

        return ReliabilityCalculator.Compute(observations);
    }
}
