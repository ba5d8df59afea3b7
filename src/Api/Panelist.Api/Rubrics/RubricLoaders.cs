using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Domain.Rubrics;

namespace Panelist.Api.Rubrics;

public static class RubricLoaders
{
    public static IDataLoaderResult<Rubric?> Rubric(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, Rubric>("rubric", async (ids, ct) =>
            await ctx.Db().Rubrics.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct)).Load(id);

    public static IDataLoaderResult<RubricVersion?> Version(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, RubricVersion>("rubricVersion", async (ids, ct) =>
            await ctx.Db().RubricVersions.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct)).Load(id);

    public static IDataLoaderResult<IReadOnlyList<RubricVersion>?> Versions(IResolveFieldContext ctx, Guid rubricId) =>
        ctx.Loaders().Grouped<Guid, RubricVersion>("rubric.versions", async (ids, ct) =>
            (await ctx.Db().RubricVersions.AsNoTracking().Where(v => ids.Contains(v.RubricId)).OrderByDescending(v => v.Number).ToListAsync(ct))
                .ToLookup(v => v.RubricId)).Load(rubricId);
}
