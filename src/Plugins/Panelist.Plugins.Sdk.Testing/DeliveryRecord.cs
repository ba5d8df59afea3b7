using Panelist.Plugins.Sdk.Events;

namespace Panelist.Plugins.Sdk.Testing;

/// <summary>One call of <see cref="IAtsConnector.DeliverAsync"/> made by the harness, and what the connector returned.</summary>
/// <param name="Event">The event delivered.</param>
/// <param name="IdempotencyKey">The key the connector got, in the host's format (<see cref="ConnectorHarness.IdempotencyKeyFor"/>).</param>
/// <param name="Attempt">1 for the first attempt of the event, 2 for the first retry, and so on.</param>
/// <param name="Result">What the connector returned.</param>
public sealed record DeliveryRecord(IntegrationEvent Event, string IdempotencyKey, int Attempt, DeliveryResult Result);
