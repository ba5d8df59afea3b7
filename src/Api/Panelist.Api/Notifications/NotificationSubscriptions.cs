using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Subscriptions;
using Panelist.Api.Interviews;
using Panelist.Domain.Common;
using Panelist.Domain.Notifications;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Notifications;

public static class NotificationSubscriptions
{
    public static void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<NotificationType>>("notificationAdded")
            .Description("Each in-app notification of yours as it commits, and again when it is marked read.")
            .AllowRoles(Roles.Everyone)
            .ResolveStreamAsync(ctx => ChangedRows.OpenAsync(ctx,
                n => n.Kind == nameof(Notification),
                async (services, id, ct) => await Mine(services).FirstOrDefaultAsync(n => n.Id == id, ct),
                async (services, since, ct) => await Mine(services).Where(n => n.CreatedAt >= since)
                    .OrderByDescending(n => n.CreatedAt).Take(InterviewSubscriptions.ResyncLimit).ToListAsync<object>(ct)));

    private static IQueryable<Notification> Mine(IServiceProvider services) =>
        MyNotifications.Of(services.GetRequiredService<PanelistDbContext>(), services.GetRequiredService<RequestContext>().Actor).AsNoTracking();
}
