namespace Panelist.Domain.Notifications;

/// <summary>
/// The wording shipped with Panelist, in English and German, used where an organization has no template of its own.
/// Fields: <c>recipient.name</c>, <c>organization.name</c>, <c>engagement.title</c>, <c>interview.start</c>,
/// <c>interview.end</c>, <c>interview.timeZone</c>, <c>message.author</c>, <c>message.excerpt</c>, <c>values.*</c>.
/// </summary>
public static class DefaultTemplates
{
    public const string FallbackLanguage = "en";

    private static readonly Dictionary<(NotificationEventKind, string), RenderedMessage> Shipped = new()
    {
        [(NotificationEventKind.Invited, "en")] = new("Invitation: {{ engagement.title }} at {{ organization.name }}",
            "Hello {{ recipient.name }},\n\n{{ organization.name }} invites you to interview for \"{{ engagement.title }}\". Please accept or decline in Panelist."),
        [(NotificationEventKind.Invited, "de")] = new("Einladung: {{ engagement.title }} bei {{ organization.name }}",
            "Hallo {{ recipient.name }},\n\n{{ organization.name }} lädt Sie ein, für \"{{ engagement.title }}\" Interviews zu führen. Bitte nehmen Sie in Panelist an oder lehnen Sie ab."),
        [(NotificationEventKind.Accepted, "en")] = new("{{ values.interviewer }} accepted {{ engagement.title }}",
            "Hello {{ recipient.name }},\n\n{{ values.interviewer }} accepted the invitation to \"{{ engagement.title }}\"."),
        [(NotificationEventKind.Accepted, "de")] = new("{{ values.interviewer }} hat {{ engagement.title }} angenommen",
            "Hallo {{ recipient.name }},\n\n{{ values.interviewer }} hat die Einladung zu \"{{ engagement.title }}\" angenommen."),
        [(NotificationEventKind.Scheduled, "en")] = new("Interview scheduled: {{ interview.start }}",
            "Hello {{ recipient.name }},\n\nAn interview for \"{{ engagement.title }}\" is scheduled from {{ interview.start }} to {{ interview.end }} ({{ interview.timeZone }}). The calendar entry is attached."),
        [(NotificationEventKind.Scheduled, "de")] = new("Interview geplant: {{ interview.start }}",
            "Hallo {{ recipient.name }},\n\nein Interview für \"{{ engagement.title }}\" ist von {{ interview.start }} bis {{ interview.end }} ({{ interview.timeZone }}) geplant. Der Kalendereintrag ist angehängt."),
        [(NotificationEventKind.Rescheduled, "en")] = new("Interview moved: {{ interview.start }}",
            "Hello {{ recipient.name }},\n\nThe interview for \"{{ engagement.title }}\" now takes place from {{ interview.start }} to {{ interview.end }} ({{ interview.timeZone }}). The updated calendar entry is attached."),
        [(NotificationEventKind.Rescheduled, "de")] = new("Interview verschoben: {{ interview.start }}",
            "Hallo {{ recipient.name }},\n\ndas Interview für \"{{ engagement.title }}\" findet nun von {{ interview.start }} bis {{ interview.end }} ({{ interview.timeZone }}) statt. Der geänderte Kalendereintrag ist angehängt."),
        [(NotificationEventKind.Cancelled, "en")] = new("Interview cancelled: {{ engagement.title }}",
            "Hello {{ recipient.name }},\n\nThe interview for \"{{ engagement.title }}\"{% if interview.start %} on {{ interview.start }}{% endif %} is cancelled."),
        [(NotificationEventKind.Cancelled, "de")] = new("Interview abgesagt: {{ engagement.title }}",
            "Hallo {{ recipient.name }},\n\ndas Interview für \"{{ engagement.title }}\"{% if interview.start %} am {{ interview.start }}{% endif %} ist abgesagt."),
        [(NotificationEventKind.ScorecardDue, "en")] = new("Scorecard due: {{ engagement.title }}",
            "Hello {{ recipient.name }},\n\nThe scorecard for your interview on \"{{ engagement.title }}\" is due{% if values.dueAt %} at {{ values.dueAt }}{% endif %}."),
        [(NotificationEventKind.ScorecardDue, "de")] = new("Bewertung fällig: {{ engagement.title }}",
            "Hallo {{ recipient.name }},\n\ndie Bewertung Ihres Interviews für \"{{ engagement.title }}\" ist fällig{% if values.dueAt %} um {{ values.dueAt }}{% endif %}."),
        [(NotificationEventKind.ScorecardLate, "en")] = new("Scorecard late: {{ engagement.title }}",
            "Hello {{ recipient.name }},\n\nA scorecard for \"{{ engagement.title }}\" is overdue{% if values.dueAt %} since {{ values.dueAt }}{% endif %}."),
        [(NotificationEventKind.ScorecardLate, "de")] = new("Bewertung überfällig: {{ engagement.title }}",
            "Hallo {{ recipient.name }},\n\neine Bewertung für \"{{ engagement.title }}\" ist überfällig{% if values.dueAt %} seit {{ values.dueAt }}{% endif %}."),
        [(NotificationEventKind.MessageReceived, "en")] = new("{% if message.mentioned == 'true' %}{{ message.author }} mentioned you{% else %}New message from {{ message.author }}{% endif %}: {{ engagement.title }}",
            "{{ message.author }} wrote in \"{{ engagement.title }}\":\n\n{{ message.excerpt }}"),
        [(NotificationEventKind.MessageReceived, "de")] = new("{% if message.mentioned == 'true' %}{{ message.author }} hat Sie erwähnt{% else %}Neue Nachricht von {{ message.author }}{% endif %}: {{ engagement.title }}",
            "{{ message.author }} schrieb in \"{{ engagement.title }}\":\n\n{{ message.excerpt }}"),
        [(NotificationEventKind.SchedulingLate, "en")] = new("Interview not yet scheduled: {{ engagement.title }}",
            "Hello {{ recipient.name }},\n\nAn interview for \"{{ engagement.title }}\" is still unscheduled{% if values.dueAt %}; it was due to be booked by {{ values.dueAt }}{% endif %}."),
        [(NotificationEventKind.SchedulingLate, "de")] = new("Interview noch nicht geplant: {{ engagement.title }}",
            "Hallo {{ recipient.name }},\n\nein Interview für \"{{ engagement.title }}\" ist noch nicht geplant{% if values.dueAt %}; es sollte bis {{ values.dueAt }} gebucht sein{% endif %}."),
    };

    /// <summary>The languages the defaults come in.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "de"];

    public static RenderedMessage For(NotificationEventKind kind, string language) =>
        Shipped.TryGetValue((kind, language), out var template) ? template : Shipped[(kind, FallbackLanguage)];
}
