using System.Collections.Concurrent;
using GraphQL.Types;

namespace Panelist.Api.GraphQL.Relay;

public sealed class NodeInterface : InterfaceGraphType
{
    /// <summary>The object type of each CLR type met so far (null when none claims it, which the engine reports).</summary>
    private readonly ConcurrentDictionary<Type, IObjectGraphType?> _byClrType = new();

    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id, fetchable with node(id:).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id; do not parse it.");
        // Without it the engine asks each of the ~30 Node types in turn whether it claims the value, for every
        // item of a nodes(ids:) page. Every Node type's IsTypeOf is its CLR type's test, so the answer for one
        // CLR type holds for all its values; it is looked up once.
        ResolveType = value => _byClrType.GetOrAdd(value.GetType(), (_, item) => PossibleTypes.FirstOrDefault(t => t.IsTypeOf?.Invoke(item) == true), value);
    }
}
