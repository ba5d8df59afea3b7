using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Subscriptions;
using Panelist.Domain.Changes;
using Panelist.Domain.Quality.Scores;

namespace Panelist.Api.Quality;

/// <summary><c>qualityScoreUpdated</c>: <c>Interviewer.qualityScore</c>, live (issue 15 item 7).</summary>
public static class QualitySubscriptions
{
    /// <summary>At most one score a second per interviewer, however many changes arrive.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public static void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<QualityScoreType>>("qualityScoreUpdated")
            .Description("An interviewer's qualityScore, live: the current score at once, then a new one when one of its inputs may have changed "
                + "(an audit of one of their interviews, a calibration rating of theirs or of a peer in the same session, a scorecard of theirs, "
                + "candidate feedback on their interviews, an interview of theirs held or missed), in any organization they work for; at most one a second, "
                + "and only when a figure moved. Each score equals what Interviewer.qualityScore answers at that moment, with the observations "
                + "behind every input. For the interviewer, platform admins, quality reviewers and the staff of an organization the interviewer is "
                + "invited to or working for (FORBIDDEN for anyone else, NOT_FOUND for an unknown interviewer), checked at subscribe.")
            .Argument<NonNullGraphType<IdGraphType>>("interviewer")
            .AllowRoles(Roles.Everyone)
            .ResolveStreamAsync(async ctx =>
            {
                var interviewer = NodeQueries.IdOf(ctx, "Interviewer", "interviewer");
                ChangedRows.Authorize(ctx);
                if (!await ctx.Db().Interviewers.AsNoTracking().AnyAsync(i => i.Id == interviewer, ctx.CancellationToken))
                {
                    throw ApiError.NotFound("interviewer");
                }

                // The query's rule, once: the score is null there for anyone else, so here there is nothing to stream.
                if (!(await QualityScoreAccess.ReadableAsync(ctx, [interviewer], ctx.CancellationToken)).Contains(interviewer))
                {
                    throw ApiError.Forbidden("The quality score is for the interviewer, platform staff and the organizations the interviewer works for.");
                }

                var sources = new Sources(QualityScoreSources.Of(interviewer));
                var stream = await CoalescedRecompute.OpenAsync(ctx, sources.Touches, Interval, async (services, ct) =>
                {
                    var scores = services.GetRequiredService<QualityScoreService>();
                    // Found before the score: a change committed after this is heard, one committed before is in the score.
                    sources.Current = await scores.SourcesAsync(interviewer, ct);
                    return (await scores.CurrentAsync([interviewer], ct))[interviewer];
                });
                // The score is the same for everyone who may read it (it spans every client and names none), so they share one computation.
                // Its window slides with the clock; only the figures decide whether a score is new.
                return ctx.Service<SharedStreams>().For("qualityScore|" + interviewer, () => stream, Figures.Of);
            });

    /// <summary>The subscription's current <see cref="QualityScoreSources"/>, replaced by each computation and read by the bus's thread.</summary>
    private sealed class Sources(QualityScoreSources initial)
    {
        private volatile QualityScoreSources _current = initial;

        public QualityScoreSources Current
        {
            get => _current;
            set => _current = value;
        }

        public bool Touches(ChangeNotice notice) => _current.Touches(notice);
    }

    /// <summary>What a subscriber sees of a score, the window aside, compared by value (the components are a list).</summary>
    private sealed record Figures(double? Score, int Observations, string? Note, IReadOnlyList<QualityComponent> Components)
    {
        public static object? Of(object? value) => value is QualityScore s ? new Figures(s.Score, s.Observations, s.Note, s.Components) : value;

        public bool Equals(Figures? other) =>
            other is not null && Score == other.Score && Observations == other.Observations && Note == other.Note && Components.SequenceEqual(other.Components);

        public override int GetHashCode() => HashCode.Combine(Score, Observations, Note, Components.Count);
    }
}
