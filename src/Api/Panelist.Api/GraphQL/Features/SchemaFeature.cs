using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.GraphQL.Features;

/// <summary>
/// A feature's part of the one schema: its root queries, mutations and subscriptions, and its Node types. Every
/// subclass in this assembly is found at start (<see cref="SchemaFeatures"/>), so adding a feature
/// edits no central list. Its graph types are found by <c>AddGraphTypes</c> as before.
/// </summary>
public abstract class SchemaFeature
{
    /// <summary>Where the feature's root fields appear in the schema (lower first); keeps the SDL stable.</summary>
    public abstract int Order { get; }

    public virtual void AddQueries(ObjectGraphType query)
    {
    }

    public virtual void AddMutations(ObjectGraphType mutation)
    {
    }

    /// <summary>Root fields of <c>subscription</c>, served over the WebSocket transport.</summary>
    public virtual void AddSubscriptions(ObjectGraphType subscription)
    {
    }

    public virtual void AddNodes(NodeTypes nodes)
    {
    }
}
