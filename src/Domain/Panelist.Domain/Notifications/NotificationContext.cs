namespace Panelist.Domain.Notifications;

/// <summary>
/// What a notification is about. The organization is the one whose event it is (its templates and webhook apply); the
/// ids let the template show the engagement and interview; <see cref="Values"/> carries anything else a template may use
/// (e.g. <c>dueAt</c> for a scorecard reminder), as <c>{{ values.name }}</c>.
/// </summary>
public sealed record NotificationContext(Guid OrganizationId)
{
    public Guid? EngagementId { get; init; }

    public Guid? InterviewId { get; init; }

    public Guid? ThreadId { get; init; }

    public Guid? MessageId { get; init; }

    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();
}
