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
}
