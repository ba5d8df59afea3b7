using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;

namespace Panelist.Api.Viewer;

public static class ViewerQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ViewerType>>("viewer").Description("The signed-in caller.")
            .AllowRoles(Roles.Everyone)
            .Resolve(ctx => ctx.Request());
}
