namespace Panelist.Plugins.Sdk.Events;

/// <summary>A scheduled interview moved to another slot (possibly with another interviewer).</summary>
public sealed record InterviewRescheduled : InterviewEvent
{
    /// <summary>Creates the event; set the required properties with an object initializer.</summary>
    public InterviewRescheduled()
        : base(IntegrationEventTypes.InterviewRescheduled)
    {
    }

    /// <summary>The new start (UTC).</summary>
    public required DateTimeOffset ScheduledStart { get; init; }

    /// <summary>The new end (UTC).</summary>
    public required DateTimeOffset ScheduledEnd { get; init; }

    /// <summary>The start before the change (UTC).</summary>
    public required DateTimeOffset PreviousStart { get; init; }

    /// <summary>The end before the change (UTC).</summary>
    public required DateTimeOffset PreviousEnd { get; init; }

    /// <summary>
    /// The interviewer before the change, when the reschedule moved the interview to another interviewer (SDK 1.1);
    /// <see langword="null"/> when the interviewer stayed the same.
    /// </summary>
    public Guid? PreviousInterviewerId { get; init; }
}
