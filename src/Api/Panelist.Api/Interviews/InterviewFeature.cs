using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.Interviews;

/// <summary>Interviews from request to outcome.</summary>
public sealed class InterviewFeature : SchemaFeature
{
    public override int Order => 60;

    public override void AddQueries(ObjectGraphType query)
    {
        InterviewQueries.AddTo(query);
    }

    public override void AddMutations(ObjectGraphType mutation)
    {
        InterviewMutations.AddTo(mutation);
    }

    public override void AddSubscriptions(ObjectGraphType subscription)
    {
        InterviewSubscriptions.AddTo(subscription);
    }

    public override void AddNodes(NodeTypes nodes) => nodes
        .Add<InterviewType>("Interview", Roles.Everyone, (ctx, id) => InterviewLoaders.Interview(ctx, id));
}
