using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Domain.Integrations;

namespace Panelist.Api.Connectors;

public static class ConnectorLoaders
{
    public static IDataLoaderResult<ConnectorInstallation?> Installation(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, ConnectorInstallation>("installation", async (ids, ct) =>
            await ctx.Db().ConnectorInstallations.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct)).Load(id);

    public static IDataLoaderResult<Delivery?> Delivery(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, Delivery>("delivery", async (ids, ct) =>
            await ctx.Db().Deliveries.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct)).Load(id);
}
