using Panelist.Api.Candidates;
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
        // Over the WebSocket the subscribe call's scope is gone by now; the subscriber rides in the user context.
        var subscriber = context.UserContext.TryGetValue(Subscriber.Key, out var value2) && value2 is Subscriber known
            ? known
            : Of(context.RequestServices ?? throw new InvalidOperationException("Subscriptions run with request services."));
        await using var scope = subscriber.Scopes.CreateScope(subscriber.Caller);
        context.RequestServices = scope.ServiceProvider;
        var result = await base.ProcessDataAsync(context, node, value);
        await scope.ServiceProvider.GetRequiredService<PersonalDataReads>().FlushAsync(CancellationToken.None);
        return result;
    }

    private static Subscriber Of(IServiceProvider services) =>
        new(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<RequestContext>());
}
