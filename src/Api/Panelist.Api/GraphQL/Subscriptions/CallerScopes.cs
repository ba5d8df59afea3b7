using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Subscriptions;

/// <summary>
/// A fresh DI scope acting as a given caller. A WebSocket carries many operations, and a subscription
/// many events, side by side: each gets its own scope (its own DbContext, loaders and audit buffers)
/// whose <see cref="RequestContext"/> is the socket's caller, so the tenant filter and the role checks
/// apply exactly as for an HTTP request.
/// </summary>
public static class CallerScopes
{
    public static AsyncServiceScope CreateScope(this IServiceScopeFactory scopes, RequestContext caller)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(caller.Actor, caller.OrganizationId, caller.RequestId);
        return scope;
    }
}
