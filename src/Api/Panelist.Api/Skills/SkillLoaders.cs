using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Domain.Skills;

namespace Panelist.Api.Skills;

public static class SkillLoaders
{
    public static IDataLoaderResult<Skill?> Skill(this IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, Skill>("skill", async (ids, ct) =>
            await ctx.Db().Skills.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct)).Load(id);
}
