using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.Threads;

/// <summary>Engagement and interview threads: messages, mentions, links, read state, live messages.</summary>
public sealed class ThreadFeature : SchemaFeature
{
    public override int Order => 110;

    public override void AddQueries(ObjectGraphType query) => ThreadQueries.AddTo(query);

    public override void AddMutations(ObjectGraphType mutation) => ThreadMutations.AddTo(mutation);

    public override void AddSubscriptions(ObjectGraphType subscription) => ThreadSubscriptions.AddTo(subscription);

    public override void AddNodes(NodeTypes nodes) => nodes
        .Add<ThreadType>("Thread", Roles.Everyone, (ctx, id) => ThreadQueries.Thread(ctx, id))
        .Add<ThreadMessageType>("ThreadMessage", Roles.Everyone, (ctx, id) => ThreadQueries.Message(ctx, id));
}
