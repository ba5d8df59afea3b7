using Panelist.Api.Candidates;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.Options;
using Panelist.Api.Auth;
using Panelist.Api.GraphQL.Limits;
using Panelist.Api.Interviews;

namespace Panelist.Api.GraphQL.Execution;

/// <summary>
/// What every GraphQL execution gets, whatever transport carried it (HTTP or the WebSocket): the
/// execution timeout, and after the result is built the audit of personal-data reads and of a platform
/// admin's access to a client. Limits (depth, complexity) and error shaping are engine rules and the
/// error info provider, registered once with the schema.
/// </summary>
public sealed class PanelistExecution(IOptions<LimitOptions> limits) : IConfigureExecution
{
    /// <summary>After the engine's option configurations (100), so that the timeout set here stands.</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        options.Timeout = limits.Value.ExecutionTimeout;
        options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        var result = await next(options);

        var services = options.RequestServices ?? throw new InvalidOperationException("GraphQL runs with request services.");
        // The audit is written even when the caller has gone: the data was read.
        await services.GetRequiredService<PersonalDataReads>().FlushAsync(CancellationToken.None);
        if (result.Executed)
        {
            await services.GetRequiredService<PlatformAccessAudit>().RecordAsync(
                result.Operation?.Name?.StringValue ?? options.OperationName,
                result.Operation?.Operation == GraphQLParser.AST.OperationType.Mutation, CancellationToken.None);
        }

        return result;
    }
}
