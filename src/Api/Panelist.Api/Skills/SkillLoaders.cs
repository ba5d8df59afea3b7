using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.DataLoaders;
using Panelist.Domain.Skills;

namespace Panelist.Api.Skills;

public static class SkillLoaders
{
    public static IDataLoaderResult<Skill?> Skill(this IResolveFieldContext ctx, Guid id) => Loader(ctx).Load(id);

    /// <summary>Skills read along with something else (an interviewer's skills), so that resolving them costs no second query.</summary>
    public static void Prime(IResolveFieldContext ctx, IEnumerable<Skill> skills)
    {
        var loader = Loader(ctx);
        foreach (var skill in skills)
        {
            loader.Prime(skill.Id, skill);
        }
    }

    // The catalog is public (every role reads every skill), so a skill read through any join may be served from here.
    private static BatchLoader<Guid, Skill> Loader(IResolveFieldContext ctx) =>
        ctx.Loaders().ByKey<Guid, Skill>("skill", async (ids, ct) =>
            await ctx.Db().Skills.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct));
}
