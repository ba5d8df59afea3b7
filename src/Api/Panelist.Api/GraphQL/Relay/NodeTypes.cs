using GraphQL;
using GraphQL.Types;
using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Relay;

/// <summary>
/// What <c>node(id:)</c> can resolve: per type name, who may see it and how to load it (through the
/// type's batch loader, so <c>nodes(ids:)</c> costs one query per type).
/// </summary>
public sealed class NodeTypes
{
    private readonly Dictionary<string, (Role[] Roles, Func<IResolveFieldContext, Guid, object> Load)> _types = new(StringComparer.Ordinal);
    private readonly List<Type> _graphTypes = [];

    /// <summary>The graph types of every Node; the schema registers them, since some are reachable only through <c>node</c>.</summary>
    public IReadOnlyList<Type> GraphTypes => _graphTypes;

    public NodeTypes Add<TGraphType>(string typeName, Role[] roles, Func<IResolveFieldContext, Guid, object> load)
        where TGraphType : IGraphType
    {
        _types[typeName] = (roles, load);
        _graphTypes.Add(typeof(TGraphType));
        return this;
    }

    public bool TryGet(string typeName, out Role[] roles, out Func<IResolveFieldContext, Guid, object> load)
    {
        var found = _types.TryGetValue(typeName, out var entry);
        roles = entry.Roles;
        load = entry.Load;
        return found;
    }
}
