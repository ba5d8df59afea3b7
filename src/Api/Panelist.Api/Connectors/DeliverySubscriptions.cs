using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Subscriptions;
using Panelist.Api.Interviews;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Connectors;

public static class DeliverySubscriptions
{
    public static void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<DeliveryType>>("deliveryUpdated")
            .Description("A delivery to your ATS, when it is queued and each time an attempt settles it (delivered, retried, dead-lettered).")
            .Argument<IdGraphType>("installation", "Only this installation's deliveries.")
            .AllowRoles(Roles.ConnectorAdmins)
            .ResolveStreamAsync(ctx =>
            {
                Guid? installation = ctx.HasArgument("installation") && ctx.GetArgument<string?>("installation") is not null
                    ? NodeQueries.IdOf(ctx, "ConnectorInstallation", "installation")
                    : null;
                return ChangedRows.OpenAsync(ctx,
                    n => n.Kind == nameof(Delivery),
                    async (services, id, ct) => await InScope(services, installation).FirstOrDefaultAsync(d => d.Id == id, ct),
                    async (services, since, ct) => await InScope(services, installation)
                        .Where(d => d.CreatedAt >= since || d.NextAttemptAt >= since || d.DeliveredAt >= since)
                        .OrderByDescending(d => d.CreatedAt).Take(InterviewSubscriptions.ResyncLimit).ToListAsync<object>(ct));
            });

    private static IQueryable<Delivery> InScope(IServiceProvider services, Guid? installation)
    {
        var deliveries = services.GetRequiredService<PanelistDbContext>().Deliveries.AsNoTracking();
        return installation is { } only ? deliveries.Where(d => d.InstallationId == only) : deliveries;
    }
}
