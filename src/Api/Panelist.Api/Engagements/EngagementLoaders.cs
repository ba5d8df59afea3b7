using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public static class EngagementLoaders
{
    public static IDataLoaderResult<Engagement?> Engagement(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, Engagement>("engagement", async (ids, ct) =>
            await Visibility.Engagements(ctx).Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct)).Load(id);

    public static IDataLoaderResult<IReadOnlyList<EngagementSkill>?> RequiredSkills(IResolveFieldContext ctx, Guid engagementId) =>
        ctx.Loaders().Grouped<Guid, EngagementSkill>("engagement.requiredSkills", async (ids, ct) =>
            (await ctx.Db().Set<EngagementSkill>().AsNoTracking().Where(s => ids.Contains(s.EngagementId)).OrderByDescending(s => s.MinLevel).ToListAsync(ct))
                .ToLookup(s => s.EngagementId)).Load(engagementId);

    public static IDataLoaderResult<Assignment?> Assignment(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, Assignment>("assignment", async (ids, ct) =>
            await Visibility.Assignments(ctx).Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct)).Load(id);

    public static IDataLoaderResult<IReadOnlyList<Assignment>?> Assignments(IResolveFieldContext ctx, Guid engagementId) =>
        ctx.Loaders().Grouped<Guid, Assignment>("engagement.assignments", async (ids, ct) =>
            (await Visibility.Assignments(ctx).Where(a => ids.Contains(a.EngagementId)).OrderBy(a => a.InvitedAt).ThenBy(a => a.Id).ToListAsync(ct))
                .ToLookup(a => a.EngagementId)).Load(engagementId);
}
