using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Domain.Organizations;

namespace Panelist.Api.Organizations;

public static class OrganizationLoaders
{
    /// <summary>Only the caller's own organization is visible (platform admins: any, through their token's organization).</summary>
    public static IDataLoaderResult<Organization?> Organization(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, Organization>("organization", async (ids, ct) =>
        {
            var own = ctx.Request().OrganizationId;
            return await ctx.Db().Organizations.AsNoTracking().Where(o => ids.Contains(o.Id) && o.Id == own).ToDictionaryAsync(o => o.Id, ct);
        }).Load(id);
}
