using SdkEvent = Panelist.Plugins.Sdk.Events.IntegrationEvent;

namespace Panelist.Domain.Integrations;

/// <summary>
/// Something a client's ATS should hear about, raised by a domain change and written to the outbox in the same
/// transaction: the SDK's own event record, as the connector will receive it. <see cref="OrderingKey"/> (the subject: an
/// interview or engagement id) keeps the deliveries about one subject in order per installation and numbers them.
/// <see cref="ToEveryInstallation"/> events (an erasure) go to every enabled installation whatever events it chose:
/// no processor may miss them.
/// </summary>
public sealed record IntegrationEvent(SdkEvent Event, string OrderingKey, bool ToEveryInstallation = false)
{
    /// <summary>The shape the domain writes: 2 is SDK 1.1's (interviewer id and time zone, sequence, actor, stage references).</summary>
    public const int SchemaVersion = 2;

    public Guid EventId => Event.EventId;

    public string Type => Event.EventType;

    public Guid OrganizationId => Event.OrganizationId;
}
