namespace Panelist.Plugins.Sdk.Events;

/// <summary>An interview was cancelled before it took place.</summary>
public sealed record InterviewCancelled : InterviewEvent
{
    /// <summary>Creates the event; set the required properties with an object initializer.</summary>
    public InterviewCancelled()
        : base(IntegrationEventTypes.InterviewCancelled)
    {
    }

    /// <summary>Why, as entered by the person who cancelled it.</summary>
    public required string Reason { get; init; }
}
