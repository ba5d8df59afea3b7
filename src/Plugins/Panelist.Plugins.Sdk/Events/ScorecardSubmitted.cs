namespace Panelist.Plugins.Sdk.Events;

/// <summary>An interviewer submitted the scorecard of an interview (revision 1).</summary>
public sealed record ScorecardSubmitted : ScorecardEvent
{
    /// <summary>Creates the event; set the required properties with an object initializer.</summary>
    public ScorecardSubmitted()
        : base(IntegrationEventTypes.ScorecardSubmitted)
    {
    }
}
