using System.Text.Json.Serialization;

namespace Panelist.Plugins.Sdk.Events;

/// <summary>
/// Something that happened in Panelist that an ATS may want to know. The set of event types is closed and
/// defined by the SDK; each is a record with init-only properties, so that a minor SDK version can add a
/// property without breaking connectors. Serialized as the base type, the JSON carries a <c>type</c>
/// discriminator from <see cref="IntegrationEventTypes"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(InterviewScheduled), IntegrationEventTypes.InterviewScheduled)]
[JsonDerivedType(typeof(InterviewRescheduled), IntegrationEventTypes.InterviewRescheduled)]
[JsonDerivedType(typeof(InterviewCancelled), IntegrationEventTypes.InterviewCancelled)]
[JsonDerivedType(typeof(InterviewCompleted), IntegrationEventTypes.InterviewCompleted)]
[JsonDerivedType(typeof(ScorecardSubmitted), IntegrationEventTypes.ScorecardSubmitted)]
[JsonDerivedType(typeof(ScorecardAmended), IntegrationEventTypes.ScorecardAmended)]
[JsonDerivedType(typeof(InterviewerAssigned), IntegrationEventTypes.InterviewerAssigned)]
[JsonDerivedType(typeof(EngagementClosed), IntegrationEventTypes.EngagementClosed)]
[JsonDerivedType(typeof(CandidateErased), IntegrationEventTypes.CandidateErased)]
public abstract record IntegrationEvent
{
    private protected IntegrationEvent(string eventType) => EventType = eventType;

    /// <summary>The event type, one of <see cref="IntegrationEventTypes"/>; in JSON it is the <c>type</c> discriminator.</summary>
    [JsonIgnore]
    public string EventType { get; }

    /// <summary>Unique per event; with the installation id it makes the idempotency key.</summary>
    public required Guid EventId { get; init; }

    /// <summary>When the change happened in Panelist (UTC).</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The client organization the event belongs to.</summary>
    public required Guid OrganizationId { get; init; }

    /// <summary>The ATS's own ids for the job, candidate and application, as the client entered them.</summary>
    public required AtsReferences Ats { get; init; }

    /// <summary>The version of this event type's shape; starts at 1 and grows when properties are added (2: the SDK 1.1 properties).</summary>
    public int SchemaVersion { get; init; } = 1;

    /// <summary>
    /// Increases with every event about the same subject (SDK 1.1): the interview for interview and scorecard events, the
    /// engagement for <see cref="EngagementClosed"/> and <see cref="InterviewerAssigned"/>. A connector that has seen a higher
    /// number for the subject may drop the event as stale. Numbers can skip; 0 for events written before SDK 1.1.
    /// </summary>
    public long Sequence { get; init; }

    /// <summary>Who made the change (SDK 1.1); <see langword="null"/> for events written before SDK 1.1.</summary>
    public Actor? Actor { get; init; }
}
