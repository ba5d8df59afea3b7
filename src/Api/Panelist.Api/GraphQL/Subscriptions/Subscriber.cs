using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Subscriptions;

/// <summary>
/// Who a subscription's events are resolved for, carried in the execution's user context rather than
/// in the subscribe call's DI scope: that scope (and its DbContext) is released as soon as the
/// subscription is set up, instead of living as long as the subscription.
/// </summary>
public sealed record Subscriber(IServiceScopeFactory Scopes, RequestContext Caller)
{
    public const string Key = "panelist:subscriber";
}
