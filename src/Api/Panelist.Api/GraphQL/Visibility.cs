using GraphQL;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Scorecards;

namespace Panelist.Api.GraphQL;

/// <summary>
/// What the caller may read of client-owned rows. Staff see their organization's rows (the tenant
/// filter); an interviewer, who works for several clients, sees only the rows of their own work,
/// found across tenants on purpose.
/// </summary>
public static class Visibility
{
    public static IQueryable<Assignment> Assignments(IResolveFieldContext ctx) =>
        ctx.Actor().InterviewerId is { } me
            ? ctx.Db().Assignments.IgnoreQueryFilters().AsNoTracking().Where(a => a.InterviewerId == me)
            : ctx.Db().Assignments.AsNoTracking();

    public static IQueryable<Engagement> Engagements(IResolveFieldContext ctx)
    {
        if (ctx.Actor().InterviewerId is { } me)
        {
            var mine = ctx.Db().Assignments.IgnoreQueryFilters().Where(a => a.InterviewerId == me).Select(a => a.EngagementId);
            return ctx.Db().Engagements.IgnoreQueryFilters().AsNoTracking().Where(e => mine.Contains(e.Id));
        }

        return ctx.Db().Engagements.AsNoTracking();
    }

    public static IQueryable<Interview> Interviews(IResolveFieldContext ctx) =>
        ctx.Actor().InterviewerId is { } me
            ? ctx.Db().Interviews.IgnoreQueryFilters().AsNoTracking().Where(i => i.InterviewerId == me)
            : ctx.Db().Interviews.AsNoTracking();

    public static IQueryable<Scorecard> Scorecards(IResolveFieldContext ctx) =>
        ctx.Actor().InterviewerId is { } me
            ? ctx.Db().Scorecards.IgnoreQueryFilters().AsNoTracking().Where(s => s.InterviewerId == me)
            : ctx.Db().Scorecards.AsNoTracking();

    private static Domain.Common.Actor Actor(this IResolveFieldContext ctx) => ctx.Request().Actor;
}
