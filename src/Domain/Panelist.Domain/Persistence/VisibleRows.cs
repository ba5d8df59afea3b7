using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Persistence;

/// <summary>
/// The client-owned rows an actor may touch. Staff see their organization's rows (the tenant filter);
/// an interviewer, who works for several clients, sees only the rows of their own work, found across
/// tenants on purpose. Domain services and the API's readers share this one definition.
/// </summary>
public static class VisibleRows
{
    public static IQueryable<Assignment> AssignmentsFor(this PanelistDbContext db, Actor actor) =>
        actor.InterviewerId is { } me ? db.Assignments.IgnoreQueryFilters().Where(a => a.InterviewerId == me) : db.Assignments;

    public static IQueryable<Interview> InterviewsFor(this PanelistDbContext db, Actor actor) =>
        actor.InterviewerId is { } me ? db.Interviews.IgnoreQueryFilters().Where(i => i.InterviewerId == me) : db.Interviews;

    public static IQueryable<Scorecard> ScorecardsFor(this PanelistDbContext db, Actor actor) =>
        actor.InterviewerId is { } me ? db.Scorecards.IgnoreQueryFilters().Where(s => s.InterviewerId == me) : db.Scorecards;

    public static IQueryable<Engagement> EngagementsFor(this PanelistDbContext db, Actor actor)
    {
        if (actor.InterviewerId is not { } me)
        {
            return db.Engagements;
        }

        var mine = db.Assignments.IgnoreQueryFilters().Where(a => a.InterviewerId == me).Select(a => a.EngagementId);
        return db.Engagements.IgnoreQueryFilters().Where(e => mine.Contains(e.Id));
    }

    /// <summary>
    /// Staff: their organization's versions and the templates' (the tenant filter). An interviewer: the
    /// versions pinned by engagements they are assigned to, that their scorecards name, or of calibration
    /// sessions they take part in: what they need to score, nothing of a client they do not work for.
    /// </summary>
    public static IQueryable<RubricVersion> RubricVersionsFor(this PanelistDbContext db, Actor actor)
    {
        if (actor.InterviewerId is not { } me)
        {
            return db.RubricVersions;
        }

        var engagements = db.EngagementsFor(actor).Select(e => e.RubricVersionId);
        var scored = db.Scorecards.IgnoreQueryFilters().Where(s => s.InterviewerId == me).Select(s => s.RubricVersionId);
        var calibrated = db.CalibrationSessions.IgnoreQueryFilters().Where(s => s.ParticipantIds.Contains(me)).Select(s => s.RubricVersionId);
        return db.RubricVersions.IgnoreQueryFilters().Where(v => engagements.Contains(v.Id) || scored.Contains(v.Id) || calibrated.Contains(v.Id));
    }

    /// <summary>Staff: as <see cref="RubricVersionsFor"/>. An interviewer: the rubrics of those versions and those they are certified on.</summary>
    public static IQueryable<Rubric> RubricsFor(this PanelistDbContext db, Actor actor)
    {
        if (actor.InterviewerId is not { } me)
        {
            return db.Rubrics;
        }

        var versions = db.RubricVersionsFor(actor).Select(v => v.RubricId);
        var certified = db.Set<Interviewers.Certification>().Where(c => c.InterviewerId == me).Select(c => c.RubricId);
        return db.Rubrics.IgnoreQueryFilters().Where(r => versions.Contains(r.Id) || certified.Contains(r.Id));
    }
}
