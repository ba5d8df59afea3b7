using GraphQL;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Persistence;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Scorecards;

namespace Panelist.Api.GraphQL;

/// <summary>The API's read-only view of <see cref="VisibleRows"/> for the calling actor.</summary>
public static class Visibility
{
    public static IQueryable<Assignment> Assignments(IResolveFieldContext ctx) => ctx.Db().AssignmentsFor(ctx.Request().Actor).AsNoTracking();

    public static IQueryable<Engagement> Engagements(IResolveFieldContext ctx) => ctx.Db().EngagementsFor(ctx.Request().Actor).AsNoTracking();

    public static IQueryable<Interview> Interviews(IResolveFieldContext ctx) => ctx.Db().InterviewsFor(ctx.Request().Actor).AsNoTracking();

    public static IQueryable<Scorecard> Scorecards(IResolveFieldContext ctx) => ctx.Db().ScorecardsFor(ctx.Request().Actor).AsNoTracking();
}
