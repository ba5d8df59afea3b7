using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.Rubrics;

/// <summary>Versioned evaluation criteria.</summary>
public sealed class RubricFeature : SchemaFeature
{
    public override int Order => 40;

    public override void AddQueries(ObjectGraphType query)
    {
        RubricQueries.AddTo(query);
    }

    public override void AddMutations(ObjectGraphType mutation)
    {
        RubricMutations.AddTo(mutation);
    }

    public override void AddNodes(NodeTypes nodes) => nodes
        .Add<RubricType>("Rubric", Roles.Everyone, (ctx, id) => RubricLoaders.Rubric(ctx, id))
        .Add<RubricVersionType>("RubricVersion", Roles.Everyone, (ctx, id) => RubricLoaders.Version(ctx, id));
}
