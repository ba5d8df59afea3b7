using GraphQL.Validation.Errors.Custom;

namespace Panelist.Api.GraphQL.Limits;

/// <summary>The document costs more than <see cref="LimitOptions.MaxComplexity"/>; clients see <c>MAX_COMPLEXITY_EXCEEDED</c>.</summary>
public sealed class QueryTooComplexError(double complexity, double maxComplexity)
    : ComplexityError($"Query is too complex to execute. Complexity is {complexity}; maximum allowed on this endpoint is {maxComplexity}.");
