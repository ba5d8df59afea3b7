using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Persistence;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Quality.Calibration;

/// <summary>The scores of sessions as the figures and the blindness rule see them: stored scores plus, in shadow sessions, the primary's submitted scorecard.</summary>
public static class CalibrationScores
{
    /// <param name="acrossTenants">For an interviewer, who acts with no organization selected; the caller has checked the sessions are theirs.</param>
    public static async Task<List<CalibrationScore>> OfAsync(PanelistDbContext db, IReadOnlyList<CalibrationSession> sessions, bool acrossTenants, CancellationToken ct)
    {
        var ids = sessions.Select(s => s.Id).ToList();
        var stored = acrossTenants ? db.CalibrationScores.IgnoreQueryFilters() : db.CalibrationScores;
        var scores = await stored.AsNoTracking().Where(s => ids.Contains(s.SessionId)).ToListAsync(ct);
        var shadows = sessions.Where(s => s.Kind == CalibrationKind.Shadow).ToList();
        if (shadows.Count > 0)
        {
            var interviews = shadows.Select(s => s.InterviewIds[0]).ToList();
            var cards = acrossTenants ? db.Scorecards.IgnoreQueryFilters() : db.Scorecards;
            var submitted = await cards.AsNoTracking()
                .Where(c => interviews.Contains(c.InterviewId) && c.Status != ScorecardStatus.Draft).ToDictionaryAsync(c => c.InterviewId, ct);
            scores.AddRange(shadows.Where(s => submitted.TryGetValue(s.InterviewIds[0], out var card) && card.InterviewerId == s.PrimaryInterviewerId)
                .Select(s => CalibrationScore.OfScorecard(s, submitted[s.InterviewIds[0]])));
        }

        return [.. scores.OrderBy(s => s.InterviewId).ThenBy(s => s.InterviewerId)];
    }
}
