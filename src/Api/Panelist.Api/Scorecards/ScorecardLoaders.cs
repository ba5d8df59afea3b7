using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Projection;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Scorecards;

public static class ScorecardLoaders
{
    /// <summary>What a projected scorecard always carries: its keys (the batch is keyed by interview); every field names the rest it reads.</summary>
    private static readonly string[] OwnKeys = [nameof(Domain.Scorecards.Scorecard.Id), nameof(Domain.Scorecards.Scorecard.InterviewId)];

    public static IDataLoaderResult<Scorecard?> Scorecard(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, Scorecard>("scorecard", async (ids, ct) =>
            await Visibility.Scorecards(ctx).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct)).Load(id);

    /// <summary>The interview's scorecard, with the columns the request selects (one batch per selection).</summary>
    public static IDataLoaderResult<Scorecard?> ForInterview(IResolveFieldContext ctx, Guid interviewId)
    {
        var columns = SelectedColumns.Of<Scorecard>(ctx, "Scorecard", OwnKeys);
        return ctx.Loaders().ByKey<Guid, Scorecard>(SelectedColumns.LoaderName("interview.scorecard", columns), async (ids, ct) =>
            await ctx.Db().ScorecardsByInterviewAsync(ctx.Request().Actor, ids, ct, columns)).Load(interviewId);
    }

    public static IDataLoaderResult<IReadOnlyList<ScorecardRevision>?> Revisions(IResolveFieldContext ctx, Guid scorecardId) =>
        ctx.Loaders().Grouped<Guid, ScorecardRevision>("scorecard.revisions", async (ids, ct) =>
        {
            var visible = Visibility.Scorecards(ctx).Where(s => ids.Contains(s.Id)).Select(s => s.Id);
            return (await ctx.Db().ScorecardRevisions.IgnoreQueryFilters().AsNoTracking().Where(r => visible.Contains(r.ScorecardId))
                .OrderBy(r => r.Revision).ToListAsync(ct)).ToLookup(r => r.ScorecardId);
        }).Load(scorecardId);

    public static IDataLoaderResult<CandidateFeedback?> FeedbackForInterview(IResolveFieldContext ctx, Guid interviewId) =>
        ctx.Loaders().ByKey<Guid, CandidateFeedback>("interview.feedback", async (ids, ct) =>
            await ctx.Db().CandidateFeedback.AsNoTracking().Where(f => ids.Contains(f.InterviewId)).ToDictionaryAsync(f => f.InterviewId, ct)).Load(interviewId);

    public static IDataLoaderResult<CandidateFeedback?> Feedback(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, CandidateFeedback>("feedback", async (ids, ct) =>
            await ctx.Db().CandidateFeedback.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct)).Load(id);
}
