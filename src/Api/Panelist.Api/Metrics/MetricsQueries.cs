using GraphQL;
using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Projection;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Common;
using Panelist.Domain.Metrics;

namespace Panelist.Api.Metrics;

public static class MetricsQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<MetricsSnapshotType>("metrics")
            .Description("Hiring metrics of your organization (or one engagement) over a window, computed from the rows the API serves. "
                + "Aggregates only: analysts, admins, recruiters and auditors; not interviewers.")
            .Argument<NonNullGraphType<MetricsScopeInputType>>("scope")
            .AllowRoles(Roles.Organization)
            .ResolveAsync(async ctx => await ComputeAsync(ctx.Service<MetricsCalculator>(),
                ScopeOf(ctx.GetArgument<Dictionary<string, object?>>("scope")), PartsOf(ctx), ctx.CancellationToken));
    }

    /// <summary>The calculator's refusals as the API's errors: NOT_FOUND for a foreign engagement, BAD_USER_INPUT for a bad window.</summary>
    public static async Task<MetricsSnapshot> ComputeAsync(MetricsCalculator calculator, MetricsScope scope, MetricsParts parts, CancellationToken ct)
    {
        try
        {
            return await calculator.ComputeAsync(scope, parts, ct);
        }
        catch (DomainRuleException refused)
        {
            throw Translate(refused);
        }
    }

    /// <summary>The reviews only when a review-based metric is selected (or the selection cannot be told).</summary>
    private static MetricsParts PartsOf(IResolveFieldContext ctx) =>
        SelectedColumns.Reads(ctx, "MetricsSnapshot") is { } reads && !reads.Overlaps(MetricsSnapshotType.ReviewBased) ? MetricsParts.Core : MetricsParts.All;

    /// <summary>The same refusals for a subscription's scope, without computing a snapshot.</summary>
    public static async Task CheckAsync(MetricsCalculator calculator, MetricsScope scope, CancellationToken ct)
    {
        try
        {
            await calculator.CheckAsync(scope, ct);
        }
        catch (DomainRuleException refused)
        {
            throw Translate(refused);
        }
    }

    private static ApiError Translate(DomainRuleException refused) => refused.Error.Code switch
    {
        ErrorCodes.NotFound => ApiError.NotFound("engagement"),
        ErrorCodes.Forbidden => ApiError.Forbidden(refused.Error.Message),
        _ => ApiError.BadInput(refused.Error.Message),
    };

    /// <summary>A malformed id, or one of another type, is NOT_FOUND as for <c>engagement(id:)</c>.</summary>
    public static MetricsScope ScopeOf(Dictionary<string, object?> input)
    {
        Guid? engagementId = null;
        if (input.GetValueOrDefault("engagement") is string id)
        {
            engagementId = GlobalId.TryDecodeAs(id, "Engagement", out var key) ? key : throw ApiError.NotFound("engagement");
        }

        return new MetricsScope(engagementId, Instant(input, "from"), Instant(input, "to"));
    }

    private static DateTime? Instant(Dictionary<string, object?> input, string name) => input.GetValueOrDefault(name) switch
    {
        DateTimeOffset value => value.UtcDateTime,
        DateTime value => value,
        _ => null,
    };
}
