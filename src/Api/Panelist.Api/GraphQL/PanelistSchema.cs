using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.GraphQL;

/// <summary>The one schema; its SDL is exported to <c>schema/schema.graphql</c> and served at <c>/graphql/schema.graphql</c>.</summary>
public sealed class PanelistSchema : Schema
{
    public PanelistSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription, NodeTypes nodes)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "Panelist: the system of record for outsourced interviewing.";
        // Types reachable only through the Node interface must be registered explicitly.
        foreach (var type in nodes.GraphTypes)
        {
            RegisterType(type);
        }
    }
}
