using GraphQL.Validation.Complexity;

namespace Panelist.Api.GraphQL.Limits;

/// <summary>
/// The complexity analyzer's settings. The engine reports both of its limits with one error type, so the
/// verdict is re-issued as <see cref="QueryTooDeepError"/> or <see cref="QueryTooComplexError"/>, decided by
/// the numbers, and the error mapping tells them apart by type.
/// </summary>
public static class ComplexityLimits
{
    public static void Configure(ComplexityOptions options, LimitOptions limits)
    {
        options.MaxDepth = limits.MaxDepth;
        options.MaxComplexity = limits.MaxComplexity;
        // Lists that can grow are connections and multiply by their first/last; the plain
        // lists left (skills, ratings, criteria, assignments…) hold a handful of items.
        options.DefaultListImpactMultiplier = 5;
        options.ValidateComplexityDelegate = context =>
        {
            if (context.MaxDepth > limits.MaxDepth)
            {
                context.Error = new QueryTooDeepError(context.MaxDepth, limits.MaxDepth);
            }
            else if (context.TotalImpact > limits.MaxComplexity)
            {
                context.Error = new QueryTooComplexError(context.TotalImpact, limits.MaxComplexity);
            }

            return Task.CompletedTask;
        };
    }
}
