namespace Panelist.Plugins.Sdk.Events;

/// <summary>
/// The client erased a candidate's personal data in Panelist (a data subject's request, or the retention policy).
/// Sent to every installation, whatever events it chose. Do what the vendor allows: anonymize or delete the
/// candidate found by <see cref="AtsReferences.CandidateId"/> and answer <see cref="Delivered"/>; where the vendor's
/// API cannot, answer <see cref="Delivered"/> with <see cref="Delivered.ManualStepRequired"/> saying what a person must
/// do in the vendor's UI. The event carries no personal data. Since SDK 1.1.
/// </summary>
public sealed record CandidateErased : IntegrationEvent
{
    /// <summary>Creates the event; set the required properties with an object initializer.</summary>
    public CandidateErased()
        : base(IntegrationEventTypes.CandidateErased)
    {
    }

    /// <summary>Panelist's (pseudonymous) candidate id.</summary>
    public required Guid CandidateId { get; init; }

    /// <summary>When Panelist erased the data.</summary>
    public DateTimeOffset? ErasedAt { get; init; }
}
