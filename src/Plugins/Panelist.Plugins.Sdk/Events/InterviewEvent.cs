namespace Panelist.Plugins.Sdk.Events;

/// <summary>An event about one interview of one candidate.</summary>
public abstract record InterviewEvent : IntegrationEvent
{
    private protected InterviewEvent(string eventType)
        : base(eventType)
    {
    }

    /// <summary>Panelist's interview id.</summary>
    public required Guid InterviewId { get; init; }

    /// <summary>Panelist's engagement (the outsourced hiring process) the interview belongs to.</summary>
    public required Guid EngagementId { get; init; }

    /// <summary>The interviewer's display name; <see langword="null"/> before an interviewer is booked.</summary>
    public string? InterviewerName { get; init; }

    /// <summary>
    /// Panelist's interviewer id (SDK 1.1): stable, unlike the name, so a connector can map the interviewer to a vendor user.
    /// <see langword="null"/> before an interviewer is booked.
    /// </summary>
    public Guid? InterviewerId { get; init; }

    /// <summary>The interviewer's IANA time zone, e.g. <c>Europe/London</c> (SDK 1.1); <see langword="null"/> before an interviewer is booked.</summary>
    public string? InterviewerTimeZone { get; init; }

    /// <summary>The engagement's title, usually the job title (SDK 1.1).</summary>
    public string? EngagementTitle { get; init; }
}
