using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.Notifications;

/// <summary>In-app notifications, preferences, profiles, templates and the webhook endpoint.</summary>
public sealed class NotificationFeature : SchemaFeature
{
    public override int Order => 120;

    public override void AddQueries(ObjectGraphType query) => NotificationQueries.AddTo(query);

    public override void AddMutations(ObjectGraphType mutation) => NotificationMutations.AddTo(mutation);

    public override void AddSubscriptions(ObjectGraphType subscription) => NotificationSubscriptions.AddTo(subscription);

    public override void AddNodes(NodeTypes nodes) => nodes
        .Add<NotificationType>("Notification", Roles.Everyone, (ctx, id) => Load(ctx, id));

    private static Task<Domain.Notifications.Notification?> Load(IResolveFieldContext ctx, Guid id) =>
        MyNotifications.Of(ctx.Db(), ctx.Request().Actor).AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, ctx.CancellationToken);
}
