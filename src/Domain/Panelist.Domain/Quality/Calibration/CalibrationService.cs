using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Quality.Calibration;

/// <summary>Calibration sessions: reviewers set them up, participating interviewers score blind, reviewers close them.</summary>
public sealed class CalibrationService(DomainScope scope) : DomainService(scope)
{
    public Task<Result<CalibrationSession>> CreateAsync(string title, Guid rubricVersionId, IReadOnlyList<Guid> interviewIds, IReadOnlyList<Guid> interviewerIds,
        CancellationToken ct = default) => Run(async () =>
    {
        RequireReviewer();
        var rubric = Found(await Db.RubricVersions.FindAsync([rubricVersionId], ct), "rubric version", "rubricVersionId");
        if (rubric.Status != RubricVersionStatus.Published)
        {
            throw new DomainRuleException(ErrorCodes.RubricVersionNotPublished, "Calibration uses a published rubric version.", "rubricVersionId");
        }

        var completed = await Db.Interviews.Where(i => interviewIds.Contains(i.Id) && i.Status == InterviewStatus.Completed).Select(i => i.Id).ToListAsync(ct);
        var notCompleted = interviewIds.Select((id, index) => (id, index)).FirstOrDefault(x => !completed.Contains(x.id));
        if (notCompleted != default)
        {
            throw new DomainRuleException(ErrorCodes.InterviewNotCompleted, "Every interview of a session must be a completed interview of this organization.", $"interviewIds.{notCompleted.index}");
        }

        var known = await Db.Interviewers.Where(i => interviewerIds.Contains(i.Id)).Select(i => i.Id).ToListAsync(ct);
        var unknown = interviewerIds.Select((id, index) => (id, index)).FirstOrDefault(x => !known.Contains(x.id));
        if (unknown != default)
        {
            throw new DomainRuleException(ErrorCodes.NotFound, "No interviewer with that id exists.", $"interviewerIds.{unknown.index}");
        }

        var session = new CalibrationSession(CurrentOrganization, title, rubricVersionId, interviewIds, interviewerIds, Actor.Id);
        Db.CalibrationSessions.Add(session);
        Audit.Record("calibration.session_created", nameof(CalibrationSession), session.Id,
            new { session.Title, rubricVersionId = GlobalIds.Of<RubricVersion>(rubricVersionId), interviews = session.InterviewIds.Count, participants = session.ParticipantIds.Count });
        return session;
    }, ct);

    /// <summary>
    /// Asks <paramref name="shadowInterviewerId"/> to score an interview blind, alongside the scorecard of the
    /// interviewer who holds it, on the engagement's pinned rubric version.
    /// </summary>
    public Task<Result<CalibrationSession>> RequestShadowAsync(Guid interviewId, Guid shadowInterviewerId, CancellationToken ct = default) => Run(async () =>
    {
        RequireReviewer();
        var interview = Found(await Db.Interviews.FirstOrDefaultAsync(i => i.Id == interviewId, ct), "interview", "interviewId");
        if (interview.Status is not (InterviewStatus.Scheduled or InterviewStatus.Completed) || interview.InterviewerId is not { } primary)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, "Only a scheduled or completed interview can be shadowed.", "interviewId");
        }

        if (shadowInterviewerId == primary)
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, "The shadow must be another interviewer than the one who holds the interview.", "shadowInterviewerId");
        }

        Found(await Db.Interviewers.FirstOrDefaultAsync(i => i.Id == shadowInterviewerId, ct), "interviewer", "shadowInterviewerId");
        var rubricVersionId = await Db.Engagements.Where(e => e.Id == interview.EngagementId).Select(e => e.RubricVersionId).SingleAsync(ct);
        var session = new CalibrationSession(interview.OrganizationId, "Shadow scoring", rubricVersionId, [interview.Id], [primary, shadowInterviewerId], Actor.Id,
            CalibrationKind.Shadow);
        Db.CalibrationSessions.Add(session);
        Audit.Record("calibration.shadow_requested", nameof(CalibrationSession), session.Id, new { interviewId = GlobalIds.Of<Interview>(interview.Id) });
        return session;
    }, ct);

    /// <summary>A participant's ratings of one interview of an open session; once in, they do not change.</summary>
    public Task<Result<CalibrationScore>> ScoreAsync(Guid sessionId, Guid interviewId, IReadOnlyList<CriterionRating> ratings, CancellationToken ct = default) => Run(async () =>
    {
        if (Actor.InterviewerId is not { } me)
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, "Only a participating interviewer scores in a calibration session.");
        }

        // Interviewers act with no organization selected: the session is found by participation, across tenants.
        var session = Found(await Db.CalibrationSessions.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Id == sessionId && s.ParticipantIds.Contains(me), ct),
            "calibration session", "sessionId");
        if (session.Status == CalibrationSessionStatus.Closed)
        {
            throw new DomainRuleException(ErrorCodes.CalibrationClosed, "The session is closed.", "sessionId");
        }

        if (session.PrimaryInterviewerId == me)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, "In a shadow session your submitted scorecard is your score.", "sessionId");
        }

        if (!session.InterviewIds.Contains(interviewId))
        {
            throw new DomainRuleException(ErrorCodes.CalibrationInterviewNotInSession, "That interview is not part of this session.", "interviewId");
        }

        // The ratings are checked first, so a bad rating is named as such whatever the session's state.
        var rubric = await Db.RubricVersions.SingleAsync(v => v.Id == session.RubricVersionId, ct);
        var score = new CalibrationScore(session.OrganizationId, session.Id, me, interviewId, rubric, ratings);
        if (await Db.CalibrationScores.IgnoreQueryFilters().AnyAsync(s => s.SessionId == sessionId && s.InterviewerId == me && s.InterviewId == interviewId, ct))
        {
            throw new DomainRuleException(ErrorCodes.CalibrationAlreadyScored, "You have already scored this interview in this session.", "interviewId");
        }

        Db.CalibrationScores.Add(score);
        Audit.Record("calibration.scored", nameof(CalibrationSession), session.Id,
            new { interviewId = GlobalIds.Of<Interview>(interviewId), ratings = score.Ratings.Count }, session.OrganizationId);
        await OpenRecalibrationTasksAsync(session.OrganizationId, score, ct);
        return score;
    }, ct);

    public Task<Result<CalibrationSession>> CloseAsync(Guid sessionId, CancellationToken ct = default) => Run(async () =>
    {
        RequireReviewer();
        var session = Found(await Db.CalibrationSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct), "calibration session", "sessionId");
        session.Close(Now);
        Audit.Record("calibration.session_closed", nameof(CalibrationSession), session.Id, new { session.Title });
        return session;
    }, ct);

    /// <summary>Runs the drift charts over the organization's calibration scores and opens a task for each alarming rater who has none open.</summary>
    private async Task OpenRecalibrationTasksAsync(Guid organizationId, CalibrationScore added, CancellationToken ct)
    {
        var sessions = await Db.CalibrationSessions.IgnoreQueryFilters().AsNoTracking().Where(s => s.OrganizationId == organizationId).ToListAsync(ct);
        var scores = await CalibrationScores.OfAsync(Db, sessions, acrossTenants: true, ct);
        scores.Add(added);
        var open = await Db.RecalibrationTasks.IgnoreQueryFilters()
            .Where(t => t.OrganizationId == organizationId && t.Status == RecalibrationTaskStatus.Open).Select(t => t.InterviewerId).ToListAsync(ct);
        foreach (var (rater, chart) in CalibrationDrift.Charts(scores).Where(c => c.Value.AlarmIndex is not null && !open.Contains(c.Key)))
        {
            var point = chart.Points[chart.AlarmIndex!.Value];
            var task = new RecalibrationTask(organizationId, rater, chart.Direction, point.Index + 1, point.Statistic,
                chart.Direction == Statistics.DriftDirection.Up ? point.UpperLimit : point.LowerLimit);
            Db.RecalibrationTasks.Add(task);
            Audit.Record("calibration.recalibration_opened", nameof(RecalibrationTask), task.Id,
                new { interviewerId = GlobalIds.Of<Interviewers.Interviewer>(rater), task.Direction, task.Observations }, organizationId);
        }
    }

    private void RequireReviewer()
    {
        if (Actor.Role is not (Role.System or Role.PlatformAdmin or Role.QualityReviewer))
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, $"The role {ApiNames.Of(Actor.Role)} cannot do this; quality reviewers do.");
        }
    }
}
