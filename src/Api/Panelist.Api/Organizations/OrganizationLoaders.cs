using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Organizations;

public static class OrganizationLoaders
{
    /// <summary>
    /// Staff see their own organization only (platform admins: the one their token names). An
    /// interviewer sees the clients they hold assignments with, so that their work names its client.
    /// </summary>
    public static IDataLoaderResult<Organization?> Organization(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, Organization>("organization", async (ids, ct) =>
        {
            var request = ctx.Request();
            var organizations = ctx.Db().Organizations.AsNoTracking().Where(o => ids.Contains(o.Id));
            if (request.Actor.InterviewerId is not null)
            {
                var clients = ctx.Db().AssignmentsFor(request.Actor).Select(a => a.OrganizationId);
                return await organizations.Where(o => clients.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
            }

            var own = request.OrganizationId;
            return await organizations.Where(o => o.Id == own).ToDictionaryAsync(o => o.Id, ct);
        }).Load(id);
}
