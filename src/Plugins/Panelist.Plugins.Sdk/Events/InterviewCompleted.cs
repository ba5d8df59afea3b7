namespace Panelist.Plugins.Sdk.Events;

/// <summary>A scheduled interview ended: it took place, or one side did not show up. The scorecard follows separately.</summary>
public sealed record InterviewCompleted : InterviewEvent
{
    /// <summary>Creates the event; set the required properties with an object initializer.</summary>
    public InterviewCompleted()
        : base(IntegrationEventTypes.InterviewCompleted)
    {
    }

    /// <summary>How it ended.</summary>
    public required InterviewOutcome Outcome { get; init; }

    /// <summary>When it was scheduled to start (UTC).</summary>
    public required DateTimeOffset ScheduledStart { get; init; }

    /// <summary>When it was scheduled to end (UTC).</summary>
    public required DateTimeOffset ScheduledEnd { get; init; }
}
