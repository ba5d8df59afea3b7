using GraphQL.Types;

namespace Panelist.Api.GraphQL.Relay;

/// <summary><c>XEdge { cursor node }</c> for a node graph type named X.</summary>
public sealed class EdgeGraphType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        Name = ConnectionGraphType<TNodeType, TNode>.NodeName() + "Edge";
        Field(e => e.Cursor).Description("Pass as after (or before) to continue from this item.");
        Field<NonNullGraphType<TNodeType>>("node").Resolve(ctx => ctx.Source.Node);
    }
}
