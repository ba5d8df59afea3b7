using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Notifications;

namespace Panelist.Api.Notifications;

public sealed class NotificationQueries : IConnectionSource<Notification>
{
    private NotificationQueries()
    {
    }

    public static string Entity => "Notification";

    public static FilterSpec<Notification> Filters { get; } = new FilterSpec<Notification>()
        .Field<NotificationEventKind, EnumFilterInputType<NotificationEventKindType>>("eventKind", n => n.EventKind)
        .Field<DateTime?, DateTimeFilterInputType>("readAt", n => n.ReadAt, "readAt: { eq: null } lists the unread ones.")
        .Field<DateTime, DateTimeFilterInputType>("createdAt", n => n.CreatedAt);

    public static SortSpec<Notification> Sorts { get; } = new SortSpec<Notification>(n => n.Id)
        .Default("createdAt", n => n.CreatedAt, descending: true)
        .Field("createdAt", n => n.CreatedAt);

    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<NotificationQueries, NotificationType, Notification>("notifications",
            "Your in-app notifications, newest first; filter readAt: { eq: null } for the unread ones.", Roles.Everyone,
            ctx => MyNotifications.Of(ctx.Db(), ctx.Request().Actor).AsNoTracking());

        query.Field<NonNullGraphType<IntGraphType>>("unreadNotificationCount").AllowRoles(Roles.Everyone)
            .ResolveAsync(async ctx => await MyNotifications.Of(ctx.Db(), ctx.Request().Actor).CountAsync(n => n.ReadAt == null, ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationPreferenceType>>>>("notificationPreferences")
            .Description("Your choice for every event kind and channel (defaults included: in-app and e-mail on, webhook off).")
            .AllowRoles(Roles.Everyone)
            .ResolveAsync(async ctx => await NotificationPreviews.PreferencesAsync(ctx));

        query.Field<NotificationProfileType>("notificationProfile").Description("Where you are reached; null until you set it.")
            .AllowRoles(Roles.Everyone)
            .ResolveAsync(async ctx => Recipient.Of(ctx.Request().Actor) is { } me
                ? await ctx.Db().NotificationProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.RecipientKey == me.Key, ctx.CancellationToken)
                : null);

        query.Field<TemplatePreviewType>("previewNotificationTemplate")
            .Description("Renders a template over sample data: the given subject and body, or else the one your organization would use.")
            .Argument<NonNullGraphType<NotificationEventKindType>>("eventKind")
            .Argument<NonNullGraphType<StringGraphType>>("language", "ISO 639-1.")
            .Argument<StringGraphType>("subject")
            .Argument<StringGraphType>("body")
            .Argument<StringGraphType>("timeZone", "The sample recipient's IANA zone; UTC when omitted.")
            .AllowRoles(Roles.Staff)
            .ResolveAsync(async ctx => await NotificationPreviews.PreviewAsync(ctx, ctx.GetArgument<NotificationEventKind>("eventKind"),
                ctx.GetArgument<string>("language"), ctx.GetArgument<string?>("subject"), ctx.GetArgument<string?>("body"), ctx.GetArgument<string?>("timeZone")));
    }
}
