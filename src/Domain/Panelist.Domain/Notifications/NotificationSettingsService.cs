using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;

namespace Panelist.Domain.Notifications;

/// <summary>A person's preferences, profile and in-app read state; an organization's templates and webhook endpoint.</summary>
public sealed class NotificationSettingsService(DomainScope scope) : DomainService(scope)
{
    public Task<Result<NotificationPreference>> SetPreferenceAsync(NotificationEventKind kind, NotificationChannel channel, bool enabled,
        CancellationToken ct = default) => Run(async () =>
    {
        var me = Me();
        var preference = await Db.NotificationPreferences.FirstOrDefaultAsync(p => p.RecipientKey == me.Key && p.EventKind == kind && p.Channel == channel, ct);
        if (preference is null)
        {
            preference = new NotificationPreference(me, kind, channel, enabled);
            Db.NotificationPreferences.Add(preference);
        }
        else
        {
            preference.Set(enabled);
        }

        Audit.Record("notification.preference_set", nameof(NotificationPreference), Guid.Empty,
            new { kind = ApiNames.Of(kind), channel = ApiNames.Of(channel), enabled }, Scope.Request.OrganizationId ?? Organizations.Organization.PlatformId);
        return preference;
    }, ct);

    /// <summary>Where the actor is reached; a client user's profile also enrols them for their organization's staff-wide events.</summary>
    public Task<Result<NotificationProfile>> SetProfileAsync(string? displayName, string? email, string? timeZone, string? language,
        CancellationToken ct = default) => Run(async () =>
    {
        var me = Me();
        var profile = await Db.NotificationProfiles.FirstOrDefaultAsync(p => p.RecipientKey == me.Key, ct);
        if (profile is null)
        {
            profile = new NotificationProfile(me);
            Db.NotificationProfiles.Add(profile);
        }

        profile.Update(me.Kind == RecipientKind.User ? Scope.Request.OrganizationId : null,
            Guard.Optional(displayName, "displayName", 200),
            email is null ? null : Guard.Email(email, "email"),
            timeZone is null ? null : Guard.TimeZone(timeZone, "timeZone"),
            language is null ? null : Guard.Language(language, "language"));
        Audit.Record("notification.profile_set", nameof(NotificationProfile), Guid.Empty, new { fields = "redacted" },
            Scope.Request.OrganizationId ?? Organizations.Organization.PlatformId);
        return profile;
    }, ct);

    public Task<Result<NotificationTemplate>> SetTemplateAsync(NotificationEventKind kind, string language, string subject, string body,
        CancellationToken ct = default) => Run(async () =>
    {
        RequireClientAdmin();
        var organization = CurrentOrganization;
        var code = Guard.Language(language, "language");
        var subjectText = Guard.Required(subject, "subject", 400);
        var bodyText = Guard.Required(body, "body", 8000);
        TemplateRenderer.Parse(subjectText, "subject");
        TemplateRenderer.Parse(bodyText, "body");
        var template = await Db.NotificationTemplates.FirstOrDefaultAsync(t => t.EventKind == kind && t.Language == code, ct);
        if (template is null)
        {
            template = new NotificationTemplate(organization, kind, code, subjectText, bodyText);
            Db.NotificationTemplates.Add(template);
        }
        else
        {
            template.Change(subjectText, bodyText);
        }

        Audit.Record("notification.template_set", nameof(NotificationTemplate), template.Id, new { kind = ApiNames.Of(kind), language = code });
        return template;
    }, ct);

    /// <summary>Marks the actor's in-app notifications read: those named, or all of them.</summary>
    public Task<Result<int>> MarkReadAsync(IReadOnlyList<Guid>? ids, CancellationToken ct = default) => Run(async () =>
    {
        var me = Me();
        var query = Mine(me).Where(n => n.ReadAt == null);
        if (ids is not null)
        {
            query = query.Where(n => ids.Contains(n.Id));
        }

        var unread = await query.ToListAsync(ct);
        foreach (var notification in unread)
        {
            notification.MarkRead(Now);
        }

        return unread.Count;
    }, ct);

    private DomainScope Scope { get; } = scope;

    /// <summary>An interviewer's notifications come from every client; a user's from the organization they act for.</summary>
    private IQueryable<Notification> Mine(Recipient me) =>
        me.Kind == RecipientKind.Interviewer ? Db.Notifications.IgnoreQueryFilters().Where(n => n.RecipientKey == me.Key) : Db.Notifications.Where(n => n.RecipientKey == me.Key);

    private Recipient Me() => Recipient.Of(Actor) ?? throw new DomainRuleException(ErrorCodes.Forbidden, "Only a person has notification settings.");

    internal static void RequireClientAdmin(Actor actor)
    {
        if (actor.Role is not (Role.ClientAdmin or Role.PlatformAdmin or Role.System))
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, $"The role {ApiNames.Of(actor.Role)} cannot change the organization's notifications.");
        }
    }

    private void RequireClientAdmin() => RequireClientAdmin(Actor);
}
