using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Engagements;

public static class EngagementLoaders
{
    public static IDataLoaderResult<Engagement?> Engagement(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, Engagement>("engagement", async (ids, ct) =>
            await ctx.Db().EngagementsByIdAsync(ctx.Request().Actor, ids, ct)).Load(id);

    public static IDataLoaderResult<IReadOnlyList<EngagementSkill>?> RequiredSkills(IResolveFieldContext ctx, Guid engagementId) =>
        ctx.Loaders().Grouped<Guid, EngagementSkill>("engagement.requiredSkills", async (ids, ct) =>
            (await ctx.Db().Set<EngagementSkill>().AsNoTracking().Where(s => ids.Contains(s.EngagementId)).OrderByDescending(s => s.MinLevel).ToListAsync(ct))
                .ToLookup(s => s.EngagementId)).Load(engagementId);

    /// <summary>
    /// The committed amount of each engagement of the page in one query, counted over all the
    /// engagement's interviews (the domain's rule), not only those the caller may list.
    /// </summary>
    public static IDataLoaderResult<decimal> Committed(IResolveFieldContext ctx, Guid engagementId) =>
        ctx.Loaders().ByKey<Guid, decimal>("engagement.committed", (ids, ct) =>
            CommittedBudget.ForEngagementsAsync(ctx.Db(), ctx.Db().Interviews.AsNoTracking(), [.. ids], ct)).Load(engagementId);

    public static IDataLoaderResult<Assignment?> Assignment(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, Assignment>("assignment", async (ids, ct) =>
            await Visibility.Assignments(ctx).Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct)).Load(id);

    public static IDataLoaderResult<IReadOnlyList<Assignment>?> Assignments(IResolveFieldContext ctx, Guid engagementId) =>
        ctx.Loaders().Grouped<Guid, Assignment>("engagement.assignments", async (ids, ct) =>
            (await Visibility.Assignments(ctx).Where(a => ids.Contains(a.EngagementId)).OrderBy(a => a.InvitedAt).ThenBy(a => a.Id).ToListAsync(ct))
                .ToLookup(a => a.EngagementId)).Load(engagementId);
}
