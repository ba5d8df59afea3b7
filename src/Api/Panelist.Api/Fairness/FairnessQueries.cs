using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Common;
using Panelist.Domain.Fairness;

namespace Panelist.Api.Fairness;

/// <summary>
/// <c>adverseImpact(scope:)</c> and <c>adverseImpactCsv(scope:)</c>. The CSV is a GraphQL field, not a separate
/// HTTP endpoint: it then has exactly the query's authentication, roles, tenant filter, rate limits and audit,
/// with no second door to secure, and no download URL that would carry a credential into logs and history.
/// </summary>
public static class FairnessQueries
{
    public const string ExcludedAction = "adverse_impact.categories_excluded";

    public const string ExportedAction = "adverse_impact.exported";

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<AdverseImpactReportType>("adverseImpact")
            .Description("Selection rates of human decisions by sex, race/ethnicity and their intersection, with impact ratios, the four-fifths flag, "
                + "Fisher's exact and z-test p-values and every n. Aggregates only: auditors, analysts and platform admins; never per candidate. "
                + "Asking for the small-category exclusion is audited.")
            .Argument<NonNullGraphType<AdverseImpactScopeInputType>>("scope")
            .AllowRoles(Roles.Fairness)
            .ResolveAsync(async ctx =>
            {
                var report = await ComputeAsync(ctx, ScopeOf(ctx.GetArgument<Dictionary<string, object?>>("scope")));
                if (report.ExclusionJustification is not null)
                {
                    await ctx.Service<AdverseImpactCalculator>().RecordAsync(ExcludedAction, report, ctx.CancellationToken);
                }

                return report;
            });

        query.Field<AdverseImpactCsvType>("adverseImpactCsv")
            .Description("The adverseImpact report as CSV in the LL144 summary-table shape; each export is audited (adverse_impact.exported).")
            .Argument<NonNullGraphType<AdverseImpactScopeInputType>>("scope")
            .AllowRoles(Roles.Fairness)
            .ResolveAsync(async ctx =>
            {
                var calculator = ctx.Service<AdverseImpactCalculator>();
                var report = await ComputeAsync(ctx, ScopeOf(ctx.GetArgument<Dictionary<string, object?>>("scope")));
                if (report.ExclusionJustification is not null)
                {
                    await calculator.RecordAsync(ExcludedAction, report, ctx.CancellationToken);
                }

                await calculator.RecordAsync(ExportedAction, report, ctx.CancellationToken);
                return new AdverseImpactCsvFile(AdverseImpactCsv.FileName(report), AdverseImpactCsv.ContentType, AdverseImpactCsv.Write(report), report);
            });
    }

    public static AdverseImpactDefaults Defaults(IResolveFieldContext ctx) => ctx.Service<IOptions<FairnessOptions>>().Value.Defaults;

    public static async Task<AdverseImpactReport> ComputeAsync(IResolveFieldContext ctx, AdverseImpactScope scope)
    {
        try
        {
            return await ctx.Service<AdverseImpactCalculator>().ComputeAsync(scope, Defaults(ctx), ctx.CancellationToken);
        }
        catch (DomainRuleException refused)
        {
            throw Translate(refused);
        }
    }

    /// <summary>The calculator's refusals as the API's errors: NOT_FOUND for a foreign id, FORBIDDEN, else BAD_USER_INPUT.</summary>
    public static ApiError Translate(DomainRuleException refused) => refused.Error.Code switch
    {
        ErrorCodes.NotFound => ApiError.NotFound(refused.Error.Field ?? "object"),
        ErrorCodes.Forbidden => ApiError.Forbidden(refused.Error.Message),
        _ => ApiError.BadInput(refused.Error.Message),
    };

    /// <summary>A malformed id, or one of another type, is NOT_FOUND as for <c>node(id:)</c>.</summary>
    public static AdverseImpactScope ScopeOf(Dictionary<string, object?> input) => new(
        Id(input, "engagement", "Engagement"), Id(input, "interviewer", "Interviewer"), Id(input, "rubricVersion", "RubricVersion"),
        Instant(input, "from"), Instant(input, "to"), input.GetValueOrDefault("minimumCellSize") as int?, input.GetValueOrDefault("exclusionJustification") as string);

    private static Guid? Id(Dictionary<string, object?> input, string field, string type) => input.GetValueOrDefault(field) is string id
        ? GlobalId.TryDecodeAs(id, type, out var key) ? key : throw ApiError.NotFound(field)
        : null;

    private static DateTime? Instant(Dictionary<string, object?> input, string name) => input.GetValueOrDefault(name) switch
    {
        DateTimeOffset value => value.UtcDateTime,
        DateTime value => value,
        _ => null,
    };
}
