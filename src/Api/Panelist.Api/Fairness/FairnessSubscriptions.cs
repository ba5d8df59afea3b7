using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Subscriptions;
using Panelist.Domain.Changes;
using Panelist.Domain.Common;
using Panelist.Domain.Fairness;
using Panelist.Domain.Scorecards;

namespace Panelist.Api.Fairness;

public static class FairnessSubscriptions
{
    /// <summary>At most one report a second per scope, however many decisions arrive.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public static void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<AdverseImpactReportType>>("adverseImpactUpdated")
            .Description("The adverseImpact report of a scope, live: the current report at once, then a new one when a scorecard in the organization "
                + "was submitted or amended or a candidate's demographics changed (at most one a second, and only when a figure moved). "
                + "The small-category exclusion, when asked for, is audited once, at subscribe.")
            .Argument<NonNullGraphType<AdverseImpactScopeInputType>>("scope")
            .AllowRoles(Roles.Fairness)
            .ResolveStreamAsync(async ctx =>
            {
                var scope = FairnessQueries.ScopeOf(ctx.GetArgument<Dictionary<string, object?>>("scope"));
                var caller = ChangedRows.Authorize(ctx);
                var organization = caller.OrganizationId ?? throw ApiError.Forbidden("Adverse impact is per organization; select one.");
                var calculator = ctx.Service<AdverseImpactCalculator>();
                var defaults = FairnessQueries.Defaults(ctx);
                AdverseImpactReport checkedScope;
                try
                {
                    // A bad scope is refused now, as the query refuses it, not as a broken stream later.
                    checkedScope = await calculator.CheckAsync(scope, defaults, ctx.CancellationToken);
                }
                catch (DomainRuleException refused)
                {
                    throw FairnessQueries.Translate(refused);
                }

                if (checkedScope.ExclusionJustification is not null)
                {
                    await calculator.RecordAsync(FairnessQueries.ExcludedAction, checkedScope, ctx.CancellationToken);
                }

                var inScope = ChangeFilters.InScope(organization, scope.EngagementId);
                var source = await CoalescedRecompute.OpenAsync(ctx, notice => IsDecisionOrDemographics(notice) && inScope(notice), Interval,
                    async (services, ct) => await services.GetRequiredService<AdverseImpactCalculator>().ComputeAsync(scope, defaults, ct));
                var key = string.Join('|', "adverseImpact", organization, scope.EngagementId, scope.InterviewerId, scope.RubricVersionId, Format(scope.From),
                    Format(scope.To), checkedScope.MinimumCellSize, scope.ExclusionJustification);
                // A window without an end slides with the clock; only the figures decide whether a report is new.
                return ctx.Service<SharedStreams>().For(key, () => source, value => value is AdverseImpactReport r ? r with { From = default, To = default } : value);
            });

    private static bool IsDecisionOrDemographics(ChangeNotice notice) => notice.Kind is nameof(Scorecard) or nameof(CandidateDemographics);

    private static string Format(DateTime? instant) => instant?.ToString("O", CultureInfo.InvariantCulture) ?? "";
}
