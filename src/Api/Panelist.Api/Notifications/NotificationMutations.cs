using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Notifications;

namespace Panelist.Api.Notifications;

public static class NotificationMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<NotificationPreferenceType, SetNotificationPreferenceInput, NotificationPreference>("setNotificationPreference", "preference",
            "Turns one event kind on one channel on or off for you.", Roles.Everyone,
            (ctx, input) => Settings(ctx).SetPreferenceAsync(input.EventKind, input.Channel, input.Enabled, ctx.CancellationToken));

        mutation.Mutation<NotificationProfileType, SetNotificationProfileInput, NotificationProfile>("setNotificationProfile", "profile",
            "Where you are reached (omitted fields stay); a client user's profile also subscribes them to their organization's staff events.",
            Roles.Everyone,
            (ctx, input) => Settings(ctx).SetProfileAsync(input.DisplayName, input.Email, input.TimeZone, input.Language, ctx.CancellationToken));

        mutation.Mutation<NotificationTemplateType, SetNotificationTemplateInput, NotificationTemplate>("setNotificationTemplate", "template",
            "Your organization's wording for one event kind in one language (Fluid syntax; see previewNotificationTemplate).", Roles.ConnectorAdmins,
            (ctx, input) => Settings(ctx).SetTemplateAsync(input.EventKind, input.Language, input.Subject, input.Body, ctx.CancellationToken));

        mutation.Mutation<WebhookEndpointType, ConfigureNotificationWebhookInput, WebhookEndpoint>("configureNotificationWebhook", "webhook",
            "Where your systems receive the notifications people chose the WEBHOOK channel for; signed with the secret.", Roles.ConnectorAdmins,
            (ctx, input) => ctx.Service<WebhookEndpointService>().ConfigureWebhookAsync(input.Url, input.Secret, input.Enabled ?? true, ctx.CancellationToken));

        mutation.Mutation<IntGraphType, MarkNotificationsReadInput, int>("markNotificationsRead", "marked",
            "Marks your notifications read (those named, or all); the payload says how many changed.", Roles.Everyone,
            (ctx, input) => Settings(ctx).MarkReadAsync(input.Ids?.Select((id, i) => InputIds.Decode(id, "Notification", nameof(input.Ids), i)).ToList(),
                ctx.CancellationToken));
    }

    private static NotificationSettingsService Settings(global::GraphQL.IResolveFieldContext ctx) => ctx.Service<NotificationSettingsService>();
}
