using GraphQL;
using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Errors;
using Panelist.Domain.Common;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Quality.Scores;

namespace Panelist.Api.Quality;

/// <summary><c>Interviewer.qualityScore</c> and <c>Interviewer.qualityScoreHistory</c>: the score shown to the interviewer with its inputs, and over time.</summary>
public static class InterviewerQualityFields
{
    private const string Who = "For the interviewer, platform admins, quality reviewers and the staff of an organization the interviewer is invited to or "
        + "working for; null for anyone else.";

    public static void AddTo(ObjectGraphType<Interviewer> type)
    {
        type.Field<QualityScoreType>("qualityScore")
            .Description("The quality score over the configured trailing window (QualityScore:WindowDays, default 365) ending now, with every input. " + Who)
            .Resolve(ctx => QualityScoreAccess.Current(ctx, ctx.Source.Id));

        type.Field<ListGraphType<NonNullGraphType<QualityScoreType>>>("qualityScoreHistory")
            .Description("The score at points `interval` apart, the last ending now, oldest first; each point is over the `windowDays` before it "
                + "and says how many observations it rests on. " + Who)
            .Argument<QualityHistoryIntervalType>("interval", "How far apart the points are (default MONTH: calendar months back from now).")
            .Argument<IntGraphType>("points", "How many points, 1–60 (default 12).")
            .Argument<IntGraphType>("windowDays", "The trailing window of each point in days, 1–3650 (default 90).")
            .ResolveAsync(async ctx =>
            {
                var points = ctx.GetArgument<int?>("points") ?? 12;
                var windowDays = ctx.GetArgument<int?>("windowDays") ?? 90;
                if (points is < 1 or > 60)
                {
                    throw ApiError.BadInput("points must be between 1 and 60.");
                }

                if (windowDays is < 1 or > 3650)
                {
                    throw ApiError.BadInput("windowDays must be between 1 and 3650.");
                }

                if (!(await QualityScoreAccess.ReadableAsync(ctx, [ctx.Source.Id], ctx.CancellationToken)).Contains(ctx.Source.Id))
                {
                    return null;
                }

                var now = Clock.Now(ctx.Service<TimeProvider>());
                var interval = ctx.GetArgument<QualityHistoryInterval?>("interval") ?? QualityHistoryInterval.Month;
                var ends = Enumerable.Range(0, points).Select(k => interval == QualityHistoryInterval.Month ? now.AddMonths(-k) : now.AddDays(-7 * k)).ToList();
                return await ctx.Service<QualityScoreService>().HistoryAsync(ctx.Source.Id, ends, windowDays, ctx.CancellationToken);
            });
    }
}
