using GraphQL;
using Panelist.Api.GraphQL;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Common;
using Panelist.Domain.Notifications;

namespace Panelist.Api.Notifications;

/// <summary>Reads behind the notification queries: effective preferences and template previews over sample data.</summary>
public static class NotificationPreviews
{
    public static async Task<IReadOnlyList<NotificationPreference>> PreferencesAsync(IResolveFieldContext ctx)
    {
        if (Recipient.Of(ctx.Request().Actor) is not { } me)
        {
            return [];
        }

        var notifications = ctx.Service<Domain.Notifications.Notifications>();
        var result = new List<NotificationPreference>();
        foreach (var kind in Enum.GetValues<NotificationEventKind>())
        {
            var on = await notifications.ChannelsAsync(me, kind, ctx.CancellationToken);
            result.AddRange(Enum.GetValues<NotificationChannel>().Select(c => NotificationPreference.Of(me, kind, c, on.Contains(c))));
        }

        return result;
    }

    public static async Task<TemplatePreview> PreviewAsync(IResolveFieldContext ctx, NotificationEventKind kind, string language, string? subject, string? body,
        string? timeZone)
    {
        try
        {
            var code = Guard.Language(language, "language");
            var zone = timeZone is null ? "UTC" : Guard.TimeZone(timeZone, "timeZone");
            var organization = ctx.Request().RequireOrganization();
            var (stored, _) = await ctx.Service<Domain.Notifications.Notifications>().TemplateAsync(organization, kind, code, ctx.CancellationToken);
            var template = new RenderedMessage(subject ?? stored.Subject, body ?? stored.Body);
            var start = DateTime.UtcNow.Date.AddDays(1).AddHours(9);
            var organizationName = await ctx.Db().Organizations.Where(o => o.Id == organization).Select(o => o.Name).FirstAsync(ctx.CancellationToken);
            var model = Domain.Notifications.Notifications.Model(new Contact("Alex Example", "alex@example.com", zone, code),
                new NotificationFacts(organizationName, "Senior backend engineers", Guid.Empty, start, start.AddHours(1)),
                new NotificationContext(organization)
                {
                    Values = new Dictionary<string, string>
                    {
                        ["author"] = "Sam Recruiter", ["excerpt"] = "Could you focus on system design?", ["mentioned"] = "true",
                        ["interviewer"] = "Alex Example", ["dueAt"] = start.AddHours(49).ToString("u", System.Globalization.CultureInfo.InvariantCulture),
                    },
                });
            var rendered = TemplateRenderer.Render(template, model);
            return new TemplatePreview(rendered.Subject, rendered.Body, []);
        }
        catch (DomainRuleException refused)
        {
            return new TemplatePreview(null, null, [new UserError(refused.Error.Code, refused.Error.Message, refused.Error.Field is { } f ? [f] : null)]);
        }
    }
}
