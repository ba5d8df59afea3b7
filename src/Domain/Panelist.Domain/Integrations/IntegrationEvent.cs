namespace Panelist.Domain.Integrations;

/// <summary>
/// Something a client's ATS should hear about, raised by a domain change and written to the outbox in
/// the same transaction. <see cref="OrderingKey"/> (an interview or engagement id) keeps the deliveries
/// about one subject in order per installation.
/// </summary>
public sealed record IntegrationEvent(
    Guid EventId,
    string Type,
    DateTime OccurredAt,
    Guid OrganizationId,
    string OrderingKey,
    object Payload)
{
    public const int SchemaVersion = 1;
}
