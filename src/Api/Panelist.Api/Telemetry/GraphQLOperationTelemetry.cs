using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Telemetry;
using GraphQLParser.AST;

namespace Panelist.Api.Telemetry;

/// <summary>
/// GraphQL.NET's execution span (source <c>GraphQL</c>, named like <c>query Search</c>, with the operation's type and
/// name) plus what Panelist adds: the document's computed complexity (<c>graphql.complexity</c>) and the codes of its
/// errors as clients see them (<c>graphql.error.codes</c>), and the request-duration histogram by operation.
/// It runs inside execution, so every transport that executes a document gets it.
/// </summary>
public sealed class GraphQLOperationTelemetry(GraphQLTelemetryOptions options, ApiMetrics metrics) : GraphQLTelemetryProvider(options)
{
    /// <summary>Where <see cref="ComplexityTelemetry"/> leaves the complexity in the execution's user context.</summary>
    public const string ComplexityKey = "panelist.telemetry.complexity";

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        ExecutionResult? result = null;
        try
        {
            result = await base.ExecuteAsync(options, next);
            return result;
        }
        finally
        {
            metrics.Executed(OperationType(result?.Operation), result?.Operation?.Name?.StringValue ?? options.OperationName,
                Stopwatch.GetElapsedTime(started), result is null || result.Errors?.Count > 0);
        }
    }

    protected override async Task SetResultTagsAsync(Activity activity, ExecutionOptions executionOptions, ExecutionResult result)
    {
        await base.SetResultTagsAsync(activity, executionOptions, result);
        if (executionOptions.UserContext.TryGetValue(ComplexityKey, out var complexity))
        {
            activity.SetTag("graphql.complexity", complexity);
        }

        if (result.Errors is { Count: > 0 } errors)
        {
            var info = executionOptions.RequestServices?.GetService<IErrorInfoProvider>();
            string[] codes = [.. errors.Select(e => Code(info, e)).Distinct()];
            activity.SetTag("graphql.error.codes", codes);
        }
    }

    private static string Code(IErrorInfoProvider? info, ExecutionError error) =>
        info?.GetInfo(error).Extensions is { } extensions && extensions.TryGetValue("code", out var code) && code is string text ? text : error.Code ?? "UNKNOWN";

    private static string OperationType(GraphQLOperationDefinition? operation) => operation?.Operation switch
    {
        GraphQLParser.AST.OperationType.Query => "query",
        GraphQLParser.AST.OperationType.Mutation => "mutation",
        GraphQLParser.AST.OperationType.Subscription => "subscription",
        _ => "unknown",
    };
}
