using GraphQL.Types;
using Panelist.Api.GraphQL.Features;

namespace Panelist.Api.GraphQL;

/// <summary>The subscription root, contributed by each feature; served over WebSocket (<c>graphql-transport-ws</c>) only.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IEnumerable<SchemaFeature> features)
    {
        Name = "Subscription";
        foreach (var feature in features)
        {
            feature.AddSubscriptions(this);
        }
    }
}
