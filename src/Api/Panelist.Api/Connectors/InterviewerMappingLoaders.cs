using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Integrations;

namespace Panelist.Api.Connectors;

public static class InterviewerMappingLoaders
{
    private static readonly IReadOnlyList<SortKey<InterviewerMapping>> OldestFirst =
        [new SortKey<InterviewerMapping>("createdAt", (Expression<Func<InterviewerMapping, DateTime>>)(m => m.CreatedAt), false),
         new SortKey<InterviewerMapping>("id", (Expression<Func<InterviewerMapping, Guid>>)(m => m.Id), false)];

    public static IDataLoaderResult<InterviewerMapping?> Mapping(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, InterviewerMapping>("interviewerMapping", async (ids, ct) =>
            await ctx.Db().InterviewerMappings.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct)).Load(id);

    /// <summary>A page of each installation's mappings, oldest first; all installations of the outer page in one query.</summary>
    public static IDataLoaderResult<Page<InterviewerMapping>?> ForInstallation(IResolveFieldContext ctx, Guid installationId, ConnectionArguments args)
    {
        var name = $"installation.interviewerMappings:{args.Size}:{args.Backward}:{args.Cursor}";
        return ctx.Loaders().ByKey<Guid, Page<InterviewerMapping>>(name, async (ids, ct) =>
        {
            var source = ctx.Db().InterviewerMappings.AsNoTracking();
            return await KeysetPaginator.PagePerParentAsync(source, m => m.InstallationId, ids, OldestFirst, args, "installation.interviewerMappings",
                id => Count(ctx, name, id, source), ct);
        }).Load(installationId);
    }

    private static IDataLoaderResult<int> Count(IResolveFieldContext ctx, string name, Guid installationId, IQueryable<InterviewerMapping> source) =>
        ctx.Loaders().ByKey<Guid, int>(name + ":count", async (ids, ct) =>
            await source.Where(m => ids.Contains(m.InstallationId)).GroupBy(m => m.InstallationId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct)).Load(installationId);
}
