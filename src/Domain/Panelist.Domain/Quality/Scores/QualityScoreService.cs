using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Domain.Quality.Scores;

/// <summary>
/// Interviewers' quality scores, computed from the rows each time they are asked for (never stored, so never stale).
/// An interviewer belongs to the platform and works for several clients, so the inputs span every organization, as
/// their scorecard SLA and feedback do; the score and its per-input figures name no client, candidate or interview.
/// The callers decide who may see them.
/// </summary>
public sealed class QualityScoreService(PanelistDbContext db, TimeProvider time, IOptions<QualityScoreOptions> options)
{
    public QualityScoreOptions Options => options.Value;

    /// <summary>The score over the configured trailing window ending now, for each interviewer (one load for all).</summary>
    public async Task<IReadOnlyDictionary<Guid, QualityScore>> CurrentAsync(IReadOnlyCollection<Guid> interviewerIds, CancellationToken ct)
    {
        var now = Clock.Now(time);
        var inputs = await InputsAsync(interviewerIds, ct);
        return interviewerIds.Distinct().ToDictionary(id => id,
            id => QualityScoreCalculator.Compute(id, inputs.GetValueOrDefault(id, QualityInputs.None), now.AddDays(-Options.WindowDays), now, Options));
    }

    /// <summary>One point per end, each over the <paramref name="windowDays"/> before it, oldest first.</summary>
    public async Task<IReadOnlyList<QualityScore>> HistoryAsync(Guid interviewerId, IReadOnlyList<DateTime> ends, int windowDays, CancellationToken ct)
    {
        var inputs = (await InputsAsync([interviewerId], ct)).GetValueOrDefault(interviewerId, QualityInputs.None);
        return [.. ends.Order().Select(end => QualityScoreCalculator.Compute(interviewerId, inputs, end.AddDays(-windowDays), end, Options))];
    }

    /// <summary>
    /// Where the rows of <paramref name="interviewerId"/>'s score can change (see <see cref="QualityScoreSources"/>), across
    /// organizations: two queries, the calibration sessions read as <see cref="CalibrationRatingsAsync"/> reads them.
    /// </summary>
    public async Task<QualityScoreSources> SourcesAsync(Guid interviewerId, CancellationToken ct)
    {
        var organizations = await db.Assignments.IgnoreQueryFilters().AsNoTracking().Where(a => a.InterviewerId == interviewerId)
            .Select(a => a.OrganizationId).Distinct().ToListAsync(ct);
        var sessions = (await db.CalibrationSessions.IgnoreQueryFilters().AsNoTracking().ToListAsync(ct))
            .Where(s => s.ParticipantIds.Contains(interviewerId)).ToList();
        return new QualityScoreSources(interviewerId, organizations.ToHashSet(),
            sessions.SelectMany(s => s.ParticipantIds).Where(id => id != interviewerId).ToHashSet(),
            sessions.Select(s => s.PrimaryInterviewerId).OfType<Guid>().Where(id => id != interviewerId).ToHashSet());
    }

    /// <summary>The rows behind the scores of <paramref name="interviewerIds"/>, across organizations, in five queries plus the calibration ones.</summary>
    public async Task<IReadOnlyDictionary<Guid, QualityInputs>> InputsAsync(IReadOnlyCollection<Guid> interviewerIds, CancellationToken ct)
    {
        var ids = interviewerIds.Distinct().ToList();
        var interviews = db.Interviews.IgnoreQueryFilters().AsNoTracking().Where(i => i.InterviewerId != null && ids.Contains(i.InterviewerId.Value));
        var audits = (await db.InterviewAudits.IgnoreQueryFilters().AsNoTracking().Where(a => ids.Contains(a.InterviewerId))
            .Select(a => new { a.InterviewerId, a.CreatedAt, a.Score, a.Passed }).ToListAsync(ct)).ToLookup(a => a.InterviewerId);
        var feedback = (await db.CandidateFeedback.IgnoreQueryFilters().AsNoTracking()
            .Join(interviews, f => f.InterviewId, i => i.Id, (f, i) => new { InterviewerId = i.InterviewerId!.Value, f.CreatedAt, f.Score })
            .ToListAsync(ct)).ToLookup(f => f.InterviewerId);
        var due = (await interviews.Where(i => i.Status == InterviewStatus.Completed && i.ScorecardDueAt != null)
            .Select(i => new
            {
                InterviewerId = i.InterviewerId!.Value,
                DueAt = i.ScorecardDueAt!.Value,
                SubmittedAt = db.Scorecards.IgnoreQueryFilters().Where(s => s.InterviewId == i.Id).Select(s => s.SubmittedAt).FirstOrDefault(),
            }).ToListAsync(ct)).ToLookup(d => d.InterviewerId);
        var attendance = (await interviews
            .Where(i => i.ScheduledStart != null
                && (i.Status == InterviewStatus.Completed || i.Status == InterviewStatus.NoShowCandidate || i.Status == InterviewStatus.NoShowInterviewer))
            .Select(i => new { InterviewerId = i.InterviewerId!.Value, Start = i.ScheduledStart!.Value, Missed = i.Status == InterviewStatus.NoShowInterviewer })
            .ToListAsync(ct)).ToLookup(a => a.InterviewerId);
        var ratings = await CalibrationRatingsAsync(ids, ct);
        return ids.ToDictionary(id => id, id => new QualityInputs(
            [.. audits[id].Select(a => new QualityInputs.AuditRow(a.CreatedAt, a.Score, a.Passed))],
            ratings.TryGetValue(id, out var mine) ? mine : [],
            [.. feedback[id].Select(f => new QualityInputs.FeedbackRow(f.CreatedAt, f.Score))],
            [.. due[id].Select(d => new QualityInputs.ScorecardDueRow(d.DueAt, d.SubmittedAt))],
            [.. attendance[id].Select(a => new QualityInputs.AttendanceRow(a.Start, a.Missed))]));
    }

    /// <summary>Per interviewer, every rating of the calibration sessions they rated in (theirs and their peers').</summary>
    private async Task<Dictionary<Guid, List<QualityInputs.RatingRow>>> CalibrationRatingsAsync(List<Guid> ids, CancellationToken ct)
    {
        // Sessions are few (reviewers set each up by hand) and keep their participants in one column, which no SQL of
        // both providers searches for a set of ids: they are filtered here.
        var sessions = (await db.CalibrationSessions.IgnoreQueryFilters().AsNoTracking().ToListAsync(ct))
            .Where(s => s.ParticipantIds.Exists(ids.Contains)).ToList();
        var result = new Dictionary<Guid, List<QualityInputs.RatingRow>>();
        if (sessions.Count == 0)
        {
            return result;
        }

        var scores = await CalibrationScores.OfAsync(db, sessions, acrossTenants: true, ct);
        var rows = scores.SelectMany(s => s.Ratings.Select(r => (s.SessionId, Row: new QualityInputs.RatingRow(s.InterviewerId, $"{s.SessionId:N}/{s.InterviewId:N}/{r.CriterionKey}",
            r.Rating, s.CreatedAt)))).ToLookup(x => x.SessionId, x => x.Row);
        foreach (var id in ids)
        {
            var theirs = sessions.Where(s => s.ParticipantIds.Contains(id)).SelectMany(s => rows[s.Id]).ToList();
            if (theirs.Count > 0)
            {
                result[id] = theirs;
            }
        }

        return result;
    }
}
