using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;

namespace Panelist.Api.GraphQL.Relay;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c>: any object by global id, with its type's own authorization.</summary>
public static class NodeQueries
{
    public const int MaxIds = 100;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any object by its global id; null (with a NOT_FOUND error) when it does not exist for you.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .AllowRoles(Roles.Everyone)
            .ResolveAsync(async ctx => await Load(ctx, ctx.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Objects by global id, in the order asked (at most {MaxIds}); null entries for ids that do not exist for you.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .AllowRoles(Roles.Everyone)
            .ResolveAsync(async ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw ApiError.BadInput($"nodes takes at most {MaxIds} ids.");
                }

                // The registry and the role once for the page, not once per id.
                var types = ctx.Service<NodeTypes>();
                var role = ctx.Actor().Role;
                var pending = new IDataLoaderResult?[ids.Count];
                for (var i = 0; i < ids.Count; i++)
                {
                    pending[i] = Start(ctx, types, role, ids[i]);
                }

                var results = new List<object?>(pending.Length);
                foreach (var item in pending)
                {
                    results.Add(item is null ? null : await item.GetResultAsync(ctx.CancellationToken));
                }

                return results;
            });
    }

    /// <summary>The key of an id argument that must name <paramref name="typeName"/>; otherwise NOT_FOUND.</summary>
    public static Guid IdOf(IResolveFieldContext ctx, string typeName, string argument = "id")
    {
        var value = ctx.GetArgument<string>(argument);
        return GlobalId.TryDecodeAs(value, typeName, out var id) ? id : throw ApiError.NotFound(TypeNouns.Of(typeName));
    }

    private static async Task<object?> Load(IResolveFieldContext ctx, string id)
    {
        var pending = Start(ctx, ctx.Service<NodeTypes>(), ctx.Actor().Role, id) ?? throw ApiError.NotFound("object");
        return await pending.GetResultAsync(ctx.CancellationToken) ?? throw ApiError.NotFound("object");
    }

    /// <summary>Queues the id on its type's batch loader; null when the id is malformed, unknown or not for this role.</summary>
    private static IDataLoaderResult? Start(IResolveFieldContext ctx, NodeTypes types, Domain.Common.Role role, string id)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var key) || !types.TryGet(typeName, out var roles, out var load))
        {
            return null;
        }

        return Array.IndexOf(roles, role) >= 0 ? load(ctx, key) as IDataLoaderResult : null;
    }
}
