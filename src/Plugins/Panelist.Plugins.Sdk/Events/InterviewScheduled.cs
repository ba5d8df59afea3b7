namespace Panelist.Plugins.Sdk.Events;

/// <summary>An interview was booked with an interviewer for a time slot.</summary>
public sealed record InterviewScheduled : InterviewEvent
{
    /// <summary>Creates the event; set the required properties with an object initializer.</summary>
    public InterviewScheduled()
        : base(IntegrationEventTypes.InterviewScheduled)
    {
    }

    /// <summary>When the interview starts (UTC).</summary>
    public required DateTimeOffset ScheduledStart { get; init; }

    /// <summary>When the interview ends (UTC).</summary>
    public required DateTimeOffset ScheduledEnd { get; init; }
}
