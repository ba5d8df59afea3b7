namespace Panelist.Domain.Integrations;

/// <summary>
/// Something a client's ATS should hear about, raised by a domain change and written to the outbox in
/// the same transaction. <see cref="OrderingKey"/> (an interview or engagement id) keeps the deliveries
/// about one subject in order per installation. <see cref="ToEveryInstallation"/> events (an erasure) go to every
/// enabled installation whatever events it chose: no processor may miss them.
/// </summary>
public sealed record IntegrationEvent(
    Guid EventId,
    string Type,
    DateTime OccurredAt,
    Guid OrganizationId,
    string OrderingKey,
    object Payload,
    bool ToEveryInstallation = false)
{
    public const int SchemaVersion = 1;
}
