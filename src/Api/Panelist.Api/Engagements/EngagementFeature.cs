using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.Engagements;

/// <summary>Clients' hiring needs and the interviewers assigned to them.</summary>
public sealed class EngagementFeature : SchemaFeature
{
    public override int Order => 50;

    public override void AddQueries(ObjectGraphType query)
    {
        EngagementQueries.AddTo(query);
        AssignmentQueries.AddTo(query);
        Matching.MatchingQueries.AddTo(query);
    }

    public override void AddMutations(ObjectGraphType mutation)
    {
        EngagementMutations.AddTo(mutation);
        AssignmentMutations.AddTo(mutation);
    }

    public override void AddNodes(NodeTypes nodes) => nodes
        .Add<EngagementType>("Engagement", Roles.Everyone, (ctx, id) => EngagementLoaders.Engagement(ctx, id))
        .Add<AssignmentType>("Assignment", Roles.Everyone, (ctx, id) => EngagementLoaders.Assignment(ctx, id));
}
