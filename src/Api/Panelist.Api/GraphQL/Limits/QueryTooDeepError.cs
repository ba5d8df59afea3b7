using GraphQL.Validation.Errors.Custom;

namespace Panelist.Api.GraphQL.Limits;

/// <summary>The document nests deeper than <see cref="LimitOptions.MaxDepth"/>; clients see <c>MAX_DEPTH_EXCEEDED</c>.</summary>
public sealed class QueryTooDeepError(int depth, int maxDepth)
    : ComplexityError($"Query is too nested to execute. Maximum depth is {depth} levels; maximum allowed on this endpoint is {maxDepth}.");
