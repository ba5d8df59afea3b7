using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Plugins.Hosting;

namespace Panelist.Api.Connectors;

public static class ConnectorCatalogQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<ListGraphType<NonNullGraphType<ConnectorType>>>("connectors")
            .Description("Every connector plugin and its state (platform admins; client admins see the loaded ones to install).")
            .AllowRoles(Roles.ConnectorAdmins)
            .Resolve(ctx =>
            {
                var plugins = ctx.Service<PluginCatalog>().Plugins;
                return ctx.Actor().Role == Domain.Common.Role.PlatformAdmin ? plugins : plugins.Where(p => p.Status == PluginStatus.Loaded);
            });
}
