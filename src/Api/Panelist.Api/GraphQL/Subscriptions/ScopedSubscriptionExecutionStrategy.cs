using GraphQL;
using GraphQL.Execution;
using Panelist.Api.Interviews;
using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Subscriptions;

/// <summary>
/// Resolves each event of a subscription through the normal field resolvers, authorization included,
/// in a DI scope of its own acting as the subscriber (the engine would otherwise reuse the scope of the
/// subscribe call for every event, concurrently). Fields run serially, as for queries; the event's
/// personal-data reads are audited like a query's.
/// </summary>
public sealed class ScopedSubscriptionExecutionStrategy() : SubscriptionExecutionStrategy(new SerialExecutionStrategy())
{
    protected override async ValueTask<ExecutionResult> ProcessDataAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        var operationServices = context.RequestServices ?? throw new InvalidOperationException("Subscriptions run with request services.");
        var caller = operationServices.GetRequiredService<RequestContext>();
        await using var scope = operationServices.GetRequiredService<IServiceScopeFactory>().CreateScope(caller);
        context.RequestServices = scope.ServiceProvider;
        var result = await base.ProcessDataAsync(context, node, value);
        await scope.ServiceProvider.GetRequiredService<PersonalDataReads>().FlushAsync(CancellationToken.None);
        return result;
    }
}
