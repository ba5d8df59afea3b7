using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Domain.Persistence;
using Panelist.Domain.Rubrics;

namespace Panelist.Api.Rubrics;

/// <summary>Batch loaders over the rubrics the caller may see (<see cref="VisibleRows"/>): an id of another client's reads as null.</summary>
public static class RubricLoaders
{
    public static IQueryable<Rubric> Visible(IResolveFieldContext ctx) => ctx.Db().RubricsFor(ctx.Request().Actor).AsNoTracking();

    public static IQueryable<RubricVersion> VisibleVersions(IResolveFieldContext ctx) => ctx.Db().RubricVersionsFor(ctx.Request().Actor).AsNoTracking();

    /// <summary>The rubrics a certification may name for the caller: the visible ones, or every one for a platform admin (who certifies across clients).</summary>
    public static IQueryable<Rubric> Certifiable(IResolveFieldContext ctx) =>
        ctx.Request().Actor.IsPlatformAdmin ? ctx.Db().Rubrics.IgnoreQueryFilters().AsNoTracking() : Visible(ctx);

    /// <summary>A certification's rubric, from <see cref="Certifiable"/>.</summary>
    public static IDataLoaderResult<Rubric?> Certified(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, Rubric>("rubric.certified", async (ids, ct) =>
            await Certifiable(ctx).Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct)).Load(id);

    public static IDataLoaderResult<Rubric?> Rubric(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, Rubric>("rubric", async (ids, ct) =>
            await Visible(ctx).Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct)).Load(id);

    public static IDataLoaderResult<RubricVersion?> Version(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, RubricVersion>("rubricVersion", async (ids, ct) =>
            await VisibleVersions(ctx).Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct)).Load(id);

    public static IDataLoaderResult<IReadOnlyList<RubricVersion>?> Versions(IResolveFieldContext ctx, Guid rubricId) =>
        ctx.Loaders().Grouped<Guid, RubricVersion>("rubric.versions", async (ids, ct) =>
            (await VisibleVersions(ctx).Where(v => ids.Contains(v.RubricId)).OrderByDescending(v => v.Number).ToListAsync(ct))
                .ToLookup(v => v.RubricId)).Load(rubricId);
}
