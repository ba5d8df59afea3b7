using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Subscriptions;
using Panelist.Domain.Metrics;

namespace Panelist.Api.Metrics;

public static class MetricsSubscriptions
{
    /// <summary>At most one snapshot a second per scope, however many changes arrive.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public static void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<MetricsSnapshotType>>("metricsUpdated")
            .Description("The metrics of a scope, live: the current snapshot at once, then a new one when something in the scope changed "
                + "(at most one a second, and only when a number moved), on whichever replica the change was made. "
                + "Every snapshot equals what the metrics query answers at that moment. Subscribers to the same scope share one computation.")
            .Argument<NonNullGraphType<MetricsScopeInputType>>("scope")
            .AllowRoles(Roles.Organization)
            .ResolveStreamAsync(async ctx =>
            {
                var scope = MetricsQueries.ScopeOf(ctx.GetArgument<Dictionary<string, object?>>("scope"));
                var caller = ChangedRows.Authorize(ctx);
                var organization = caller.OrganizationId ?? throw ApiError.Forbidden("Metrics are per organization; select one.");
                // A bad scope is refused now, as the query refuses it, not as a broken stream later.
                await MetricsQueries.CheckAsync(ctx.Service<MetricsCalculator>(), scope, ctx.CancellationToken);
                var source = await CoalescedRecompute.OpenAsync(ctx, ChangeFilters.InScope(organization, scope.EngagementId), Interval,
                    async (services, ct) => await services.GetRequiredService<MetricsCalculator>().ComputeAsync(scope, ct));
                var key = string.Join('|', organization, scope.EngagementId, Format(scope.From), Format(scope.To));
                // A window without an end slides with the clock; only the numbers decide whether a snapshot is new.
                return ctx.Service<SharedStreams>().For(key, () => source, value => value is MetricsSnapshot s ? s with { From = default, To = default } : value);
            });

    private static string Format(DateTime? instant) => instant?.ToString("O", CultureInfo.InvariantCulture) ?? "";
}
