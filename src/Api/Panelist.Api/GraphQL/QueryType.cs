using GraphQL.Types;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.GraphQL;

/// <summary>The query root: <c>node</c>/<c>nodes</c>, then each feature's own fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<SchemaFeature> features)
    {
        Name = "Query";
        NodeQueries.AddTo(this);
        foreach (var feature in features)
        {
            feature.AddQueries(this);
        }
    }
}
