using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
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
}
