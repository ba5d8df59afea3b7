using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Notifications;

/// <summary>
/// Raises notifications inside the caller's unit of work: for each channel the recipient wants the event on, an in-app
/// <see cref="Notification"/> or an outbound <see cref="NotificationDelivery"/> (e-mail, webhook) is added to the same
/// DbContext, rendered from the organization's template in the recipient's language, so it commits with the change or not
/// at all and is never sent twice. Call it from a domain operation running in <c>UnitOfWork.ExecuteAsync</c>. Raising is no
/// audit entry of its own (the operation that raised it has one); each e-mail or webhook's delivery outcome is.
/// </summary>
public sealed class Notifications(PanelistDbContext db, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task NotifyAsync(Recipient recipient, NotificationEventKind kind, NotificationContext context, CancellationToken ct = default)
    {
        if (await ContactAsync(recipient, ct) is not { } contact)
        {
            return;
        }

        var channels = await ChannelsAsync(recipient, kind, ct);
        if (channels.Count == 0)
        {
            return;
        }

        var facts = await FactsAsync(context, ct);
        // A recipient whose language has no template reads the English one, with English dates and Content-Language.
        var (template, language) = await TemplateAsync(context.OrganizationId, kind, contact.Language, ct);
        contact = contact with { Language = language };
        var message = TemplateRenderer.Render(template, Model(contact, facts, context));
        var now = Clock.Now(time);
        if (channels.Contains(NotificationChannel.InApp))
        {
            db.Notifications.Add(new Notification(context.OrganizationId, recipient, kind, message, context, now));
        }

        if (channels.Contains(NotificationChannel.Email) && contact.Email is { } email)
        {
            db.NotificationDeliveries.Add(new NotificationDelivery(context.OrganizationId, NotificationChannel.Email, recipient, kind, email, contact.Language,
                message, Calendar(kind, facts, contact, message, now), now));
        }

        if (channels.Contains(NotificationChannel.Webhook)
            && await db.WebhookEndpoints.IgnoreQueryFilters().FirstOrDefaultAsync(w => w.OrganizationId == context.OrganizationId && w.Enabled, ct) is { } hook)
        {
            var body = JsonSerializer.Serialize(new
            {
                @event = ApiNames.Of(kind),
                occurredAt = now,
                recipient = recipient.Key,
                language = contact.Language,
                subject = message.Subject,
                text = message.Body,
                engagementId = context.EngagementId is { } e ? GlobalIds.Of<Engagement>(e) : null,
                interviewId = context.InterviewId is { } i ? GlobalIds.Of<Interview>(i) : null,
                threadId = context.ThreadId is { } t ? GlobalIds.Encode("Thread", t) : null,
            }, Json);
            db.NotificationDeliveries.Add(new NotificationDelivery(context.OrganizationId, NotificationChannel.Webhook, recipient, kind, hook.Url, contact.Language,
                message with { Body = body }, null, now));
        }
    }

    /// <summary>The organization's staff who receive staff-wide events (those whose notification profile names it).</summary>
    public async Task<IReadOnlyList<Recipient>> StaffAsync(Guid organizationId, CancellationToken ct = default) =>
        [.. (await db.NotificationProfiles.Where(p => p.OrganizationId == organizationId && p.RecipientKey.StartsWith("user:"))
            .Select(p => p.RecipientKey).ToListAsync(ct)).Select(k => Recipient.Parse(k)).OfType<Recipient>()];

    /// <summary>Where the recipient is reached; null for an interviewer who does not exist.</summary>
    public async Task<Contact?> ContactAsync(Recipient recipient, CancellationToken ct)
    {
        var profile = await db.NotificationProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.RecipientKey == recipient.Key, ct);
        if (recipient.InterviewerId is not { } id)
        {
            return new Contact(profile?.DisplayName ?? recipient.Id, profile?.Email, profile?.TimeZone ?? "UTC", profile?.Language ?? DefaultTemplates.FallbackLanguage);
        }

        var interviewer = await db.Interviewers.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { i.Name, i.Email, i.TimeZone }).FirstOrDefaultAsync(ct);
        if (interviewer is null)
        {
            return null;
        }

        var language = await db.Set<Interviewers.InterviewerLanguage>().Where(l => l.InterviewerId == id)
            .OrderByDescending(l => l.Level).ThenBy(l => l.Code).Select(l => l.Code).FirstOrDefaultAsync(ct);
        return new Contact(interviewer.Name, profile?.Email ?? interviewer.Email, profile?.TimeZone ?? interviewer.TimeZone,
            profile?.Language ?? language ?? DefaultTemplates.FallbackLanguage);
    }

    /// <summary>The channels the recipient wants <paramref name="kind"/> on: their preferences, else each channel's default.</summary>
    public async Task<IReadOnlyList<NotificationChannel>> ChannelsAsync(Recipient recipient, NotificationEventKind kind, CancellationToken ct)
    {
        var set = await db.NotificationPreferences.AsNoTracking().Where(p => p.RecipientKey == recipient.Key && p.EventKind == kind)
            .ToDictionaryAsync(p => p.Channel, p => p.Enabled, ct);
        return [.. Enum.GetValues<NotificationChannel>().Where(c => set.TryGetValue(c, out var on) ? on : NotificationPreference.Default(c))];
    }

    /// <summary>
    /// The organization's template in the language, else the shipped one in it, else the organization's or the shipped
    /// English one; with the language it is written in, which is the one its dates and Content-Language must follow.
    /// </summary>
    public async Task<(RenderedMessage Template, string Language)> TemplateAsync(Guid organizationId, NotificationEventKind kind, string language,
        CancellationToken ct)
    {
        var own = await db.NotificationTemplates.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.OrganizationId == organizationId && t.EventKind == kind && (t.Language == language || t.Language == DefaultTemplates.FallbackLanguage))
            .ToListAsync(ct);
        if (own.FirstOrDefault(t => t.Language == language) is { } exact)
        {
            return (new RenderedMessage(exact.Subject, exact.Body), language);
        }

        if (DefaultTemplates.Languages.Contains(language))
        {
            return (DefaultTemplates.For(kind, language), language);
        }

        var english = own.FirstOrDefault() is { } template
            ? new RenderedMessage(template.Subject, template.Body)
            : DefaultTemplates.For(kind, DefaultTemplates.FallbackLanguage);
        return (english, DefaultTemplates.FallbackLanguage);
    }

    /// <summary>The template's fields, with times in the recipient's zone and written in their language.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Model(Contact contact, NotificationFacts facts, NotificationContext context)
    {
        var culture = CultureInfo.GetCultureInfo(contact.Language);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(contact.TimeZone);
        string Local(DateTime? utc) => utc is { } t ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(t, DateTimeKind.Utc), zone).ToString("f", culture) : "";
        var values = context.Values;
        return new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["recipient"] = new Dictionary<string, string> { ["name"] = contact.Name },
            ["organization"] = new Dictionary<string, string> { ["name"] = facts.OrganizationName },
            ["engagement"] = new Dictionary<string, string> { ["title"] = facts.EngagementTitle },
            ["interview"] = new Dictionary<string, string> { ["start"] = Local(facts.Start), ["end"] = Local(facts.End), ["timeZone"] = contact.TimeZone },
            ["message"] = new Dictionary<string, string>
            {
                ["author"] = values.GetValueOrDefault("author", ""),
                ["excerpt"] = values.GetValueOrDefault("excerpt", ""),
                ["mentioned"] = values.GetValueOrDefault("mentioned", "false"),
            },
            ["values"] = values,
        };
    }

    private async Task<NotificationFacts> FactsAsync(NotificationContext context, CancellationToken ct)
    {
        // The caller's unit of work may have changed the rows without saving yet: what it holds is what will commit.
        var organization = await db.Organizations.Where(o => o.Id == context.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
        var engagement = context.EngagementId is { } e
            ? db.Engagements.Local.FirstOrDefault(x => x.Id == e)?.Title
              ?? await db.Engagements.IgnoreQueryFilters().Where(x => x.Id == e).Select(x => x.Title).FirstOrDefaultAsync(ct) ?? ""
            : "";
        var interview = context.InterviewId is { } i
            ? db.Interviews.Local.FirstOrDefault(x => x.Id == i) ?? await db.Interviews.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(x => x.Id == i, ct)
            : null;
        return new NotificationFacts(organization, engagement, interview?.Id, interview?.ScheduledStart, interview?.ScheduledEnd);
    }

    private static string? Calendar(NotificationEventKind kind, NotificationFacts facts, Contact contact, RenderedMessage message, DateTime now) =>
        kind is NotificationEventKind.Scheduled or NotificationEventKind.Rescheduled or NotificationEventKind.Cancelled
        && facts is { InterviewId: { } id, Start: { } start, End: { } end } && contact.Email is { } email
            ? CalendarInvite.Build(id, start, end, contact.TimeZone, $"{facts.EngagementTitle} ({facts.OrganizationName})", message.Body, email,
                kind == NotificationEventKind.Cancelled, now)
            : null;
}
