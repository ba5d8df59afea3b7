using GraphQL.Types;

namespace Panelist.Api.GraphQL.Relay;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id, fetchable with node(id:).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id; do not parse it.");
    }
}
