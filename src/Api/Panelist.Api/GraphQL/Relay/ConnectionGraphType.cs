using GraphQL;
using GraphQL.Types;

namespace Panelist.Api.GraphQL.Relay;

/// <summary><c>XConnection { edges nodes pageInfo totalCount }</c>; totalCount runs its COUNT only when selected.</summary>
public sealed class ConnectionGraphType<TNodeType, TNode> : ObjectGraphType<Page<TNode>>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        Name = NodeName() + "Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType, TNode>>>>>("edges").Resolve(ctx => ctx.Source.Edges)
            .WithComplexityImpact(1, 1);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(ctx => ctx.Source.Nodes)
            .WithComplexityImpact(1, 1)
            .Description("The nodes of the edges, for clients that need no cursors.");
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(ctx => ctx.Source.Count())
            .Description("How many items match, across all pages.");
    }

    internal static string NodeName()
    {
        var name = typeof(TNodeType).Name;
        return name.EndsWith("Type", StringComparison.Ordinal) ? name[..^4] : name;
    }
}
