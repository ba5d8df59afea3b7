using GraphQL.Types;
using Panelist.Api.GraphQL.Features;

namespace Panelist.Api.GraphQL;

/// <summary>The mutation root: one mutation per state change the domain services offer, contributed by each feature.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<SchemaFeature> features)
    {
        Name = "Mutation";
        foreach (var feature in features)
        {
            feature.AddMutations(this);
        }
    }
}
