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

    /// <summary>The version of this event type's shape; starts at 1 and grows when properties are added.</summary>
    public int SchemaVersion { get; init; } = 1;
}
