using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Sla;

/// <summary>
/// The interviewer's feedback loop until quality reviews land: how their scorecards met the SLA, and what candidates
/// said about their interviews. Both span every client the interviewer worked for, so they cross the tenant filter,
/// and name no candidate.
/// </summary>
public sealed class InterviewerSlaFigures(PanelistDbContext db, TimeProvider time)
{
    public async Task<ScorecardSlaFigures> ScorecardsAsync(Guid interviewerId, CancellationToken ct)
    {
        var now = Clock.Now(time);
        var rows = await db.Interviews.IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.InterviewerId == interviewerId && i.Status == InterviewStatus.Completed && i.ScorecardDueAt != null)
            .Select(i => new
            {
                DueAt = i.ScorecardDueAt!.Value,
                i.ScorecardBreachedAt,
                SubmittedAt = db.Scorecards.IgnoreQueryFilters().Where(s => s.InterviewId == i.Id).Select(s => s.SubmittedAt).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var onTime = rows.Count(r => r.SubmittedAt is { } at && at <= r.DueAt);
        var late = rows.Count(r => r.SubmittedAt is { } at ? at > r.DueAt : now > r.DueAt);
        return new ScorecardSlaFigures(onTime, late, rows.Count - onTime - late, rows.Count(r => r.ScorecardBreachedAt != null));
    }

    /// <summary>The newest <paramref name="take"/> ratings of the interviewer's interviews.</summary>
    public async Task<IReadOnlyList<ReceivedFeedback>> FeedbackAsync(Guid interviewerId, int take, CancellationToken ct)
    {
        var mine = db.Interviews.IgnoreQueryFilters().Where(i => i.InterviewerId == interviewerId).Select(i => i.Id);
        return await db.CandidateFeedback.IgnoreQueryFilters().AsNoTracking()
            .Where(f => mine.Contains(f.InterviewId))
            .OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).Take(take)
            .Select(f => new ReceivedFeedback(f.Id, f.Score, f.Comment, f.CreatedAt))
            .ToListAsync(ct);
    }
}
