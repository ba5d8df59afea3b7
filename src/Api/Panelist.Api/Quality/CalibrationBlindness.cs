using GraphQL;
using Panelist.Api.GraphQL;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Api.Quality;

/// <summary>
/// Scoring is blind: a participating interviewer sees their own scores, and another participant's score of
/// an interview only once every participant has scored that interview (or the session is closed), so that no
/// score is given with another in view. Reviewers and the organization's quality readers see every score.
/// </summary>
public static class CalibrationBlindness
{
    public static async Task<IReadOnlyList<CalibrationScore>> VisibleScoresAsync(IResolveFieldContext ctx, CalibrationSession session)
    {
        var me = ctx.Request().Actor.InterviewerId;
        // An interviewer acts with no organization selected; the session was already checked to include them.
        var scores = await CalibrationScores.OfAsync(ctx.Db(), [session], me is not null, ctx.CancellationToken);
        if (me is not { } interviewer || session.Status == CalibrationSessionStatus.Closed)
        {
            return scores;
        }

        var revealed = scores.GroupBy(s => s.InterviewId)
            .Where(g => session.ParticipantIds.TrueForAll(p => g.Any(s => s.InterviewerId == p))).Select(g => g.Key).ToHashSet();
        return [.. scores.Where(s => s.InterviewerId == interviewer || revealed.Contains(s.InterviewId))];
    }
}
