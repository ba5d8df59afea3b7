using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.Skills;

/// <summary>The skill taxonomy.</summary>
public sealed class SkillFeature : SchemaFeature
{
    public override int Order => 30;

    public override void AddQueries(ObjectGraphType query)
    {
        SkillQueries.AddTo(query);
    }

    public override void AddMutations(ObjectGraphType mutation)
    {
        SkillMutations.AddTo(mutation);
    }

    public override void AddNodes(NodeTypes nodes) => nodes
        .Add<SkillType>("Skill", Roles.Everyone, (ctx, id) => SkillLoaders.Skill(ctx, id));
}
