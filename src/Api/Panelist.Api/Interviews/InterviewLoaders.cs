using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Projection;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Interviews;

public static class InterviewLoaders
{
    private static readonly IReadOnlyList<SortKey<Interview>> NewestFirst =
        [new SortKey<Interview>("requestedAt", (Expression<Func<Interview, DateTime>>)(i => i.RequestedAt), true),
         new SortKey<Interview>("id", (Expression<Func<Interview, Guid>>)(i => i.Id), false)];

    // What a projected interview always carries: its key; on a page also its parent's key (rows are grouped by it) and
    // the sort keys (cursors are made from them). Every field names the rest it reads (FieldReads), owners included.
    private static readonly string[] ByIdKeys = [nameof(Domain.Interviews.Interview.Id)];

    private static readonly string[] PageKeys = [nameof(Domain.Interviews.Interview.Id), nameof(Domain.Interviews.Interview.EngagementId),
        nameof(Domain.Interviews.Interview.RequestedAt)];

    /// <summary>Interviews by id, with the columns the request selects (one batch per selection).</summary>
    public static IDataLoaderResult<Interview?> Interview(IResolveFieldContext ctx, Guid id)
    {
        var columns = SelectedColumns.Of<Interview>(ctx, "Interview", ByIdKeys);
        return ctx.Loaders().ByKey<Guid, Interview>(SelectedColumns.LoaderName("interview", columns), async (ids, ct) =>
            await ctx.Db().InterviewsByIdAsync(ctx.Request().Actor, ids, ct, columns)).Load(id);
    }

    /// <summary>A page of each engagement's interviews; all engagements of the outer page in one query.</summary>
    public static IDataLoaderResult<Page<Interview>?> ForEngagement(IResolveFieldContext ctx, Guid engagementId, ConnectionArguments args, InterviewStatus? status)
    {
        var columns = SelectedColumns.OfConnectionNodes<Interview>(ctx, "Interview", PageKeys);
        var name = $"engagement.interviews:{args.Size}:{args.Backward}:{args.Cursor}:{status}:{columns?.Key}";
        return ctx.Loaders().ByKey<Guid, Page<Interview>>(name, async (ids, ct) =>
        {
            if (ids.Count == 1 && args.Cursor is null && !args.Backward && status is null)
            {
                // The common case (one engagement, its first page) as a compiled query; the same rows as the general path below.
                var parent = ids[0];
                var rows = await ctx.Db().FirstInterviewsOfEngagementAsync(ctx.Request().Actor, parent, args.Size + 1, columns, ct);
                return new Dictionary<Guid, Page<Interview>>
                {
                    [parent] = KeysetPaginator.FirstPage(rows, NewestFirst, args, "engagement.interviews",
                        () => CountForEngagement(ctx, name, parent, Visibility.Interviews(ctx))),
                };
            }

            var source = Visibility.Interviews(ctx);
            if (status is { } only)
            {
                source = source.Where(i => i.Status == only);
            }

            return await KeysetPaginator.PagePerParentAsync(source, i => i.EngagementId, ids, NewestFirst, args, "engagement.interviews",
                id => CountForEngagement(ctx, name, id, source), ct, columns);
        }).Load(engagementId);
    }

    /// <summary>A page of each candidate's interviews (those the caller may see); all candidates of the outer page in one query.</summary>
    public static IDataLoaderResult<Page<Interview>?> ForCandidate(IResolveFieldContext ctx, Guid candidateId, ConnectionArguments args)
    {
        var name = $"candidate.interviews:{args.Size}:{args.Backward}:{args.Cursor}";
        return ctx.Loaders().ByKey<Guid, Page<Interview>>(name, async (ids, ct) =>
        {
            var source = Visibility.Interviews(ctx).Where(i => i.CandidateId != null);
            return await KeysetPaginator.PagePerParentAsync(source, i => i.CandidateId!.Value, ids, NewestFirst, args, "candidate.interviews",
                id => ctx.Loaders().ByKey<Guid, int>(name + ":count", async (parents, c) =>
                    await source.Where(i => parents.Contains(i.CandidateId!.Value)).GroupBy(i => i.CandidateId!.Value)
                        .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, c)).Load(id), ct);
        }).Load(candidateId);
    }

    private static IDataLoaderResult<int> CountForEngagement(IResolveFieldContext ctx, string name, Guid engagementId, IQueryable<Interview> source) =>
        ctx.Loaders().ByKey<Guid, int>(name + ":count", async (ids, ct) =>
            await source.Where(i => ids.Contains(i.EngagementId)).GroupBy(i => i.EngagementId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct)).Load(engagementId);
}
