namespace Panelist.Plugins.Sdk.Events;

/// <summary>A submitted scorecard was amended; the event carries the whole new revision, not a difference.</summary>
public sealed record ScorecardAmended : ScorecardEvent
{
    /// <summary>Creates the event; set the required properties with an object initializer.</summary>
    public ScorecardAmended()
        : base(IntegrationEventTypes.ScorecardAmended)
    {
    }

    /// <summary>Why the scorecard was amended.</summary>
    public required string AmendmentReason { get; init; }
}
