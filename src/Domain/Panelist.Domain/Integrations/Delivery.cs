using Panelist.Domain.Common;

namespace Panelist.Domain.Integrations;

/// <summary>
/// One event on its way to one installation: the outbox row. Written with the change that raised the
/// event; claimed, attempted and settled by the dispatcher. At least once on the wire, once in effect
/// through <see cref="IdempotencyKey"/>.
/// </summary>
public sealed class Delivery : ITenantOwned
{
    private Delivery()
    {
    }

    internal Delivery(ConnectorInstallation installation, IntegrationEvent integrationEvent, string payloadJson, DateTime now)
    {
        // Here, not as an initializer: EF's constructor would generate an id (a system call) for every row it reads.
        Id = Guid.CreateVersion7();
        OrganizationId = installation.OrganizationId;
        InstallationId = installation.Id;
        EventId = integrationEvent.EventId;
        EventType = integrationEvent.Type;
        SchemaVersion = IntegrationEvent.SchemaVersion;
        OrderingKey = integrationEvent.OrderingKey;
        PayloadJson = payloadJson;
        Status = DeliveryStatus.Pending;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public Guid Id { get; private init; }

    public Guid OrganizationId { get; private set; }

    public Guid InstallationId { get; private set; }

    public Guid EventId { get; private set; }

    public string EventType { get; private set; } = "";

    public int SchemaVersion { get; private set; }

    /// <summary>Deliveries with the same key go out in creation order, per installation.</summary>
    public string OrderingKey { get; private set; } = "";

    public string PayloadJson { get; private set; } = "{}";

    public DeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    public string? LastError { get; private set; }

    public string? ExternalId { get; private set; }

    /// <summary>The dispatcher that claimed the row and is calling the connector; null when nobody holds it.</summary>
    public string? LeaseOwner { get; private set; }

    /// <summary>Until when <see cref="LeaseOwner"/> holds the row; after that (its replica died mid-call) another may claim it.</summary>
    public DateTime? LeasedUntil { get; private set; }

    /// <summary>The same for every attempt: vendors dedupe on it (e.g. Greenhouse's external_event_id).</summary>
    public string IdempotencyKey => $"{EventId:N}:{InstallationId:N}";

    public void Delivered(string externalId, DateTime now)
    {
        Attempts++;
        Status = DeliveryStatus.Delivered;
        ExternalId = BoundedText.Fit(externalId, BoundedText.ExternalIdLength);
        DeliveredAt = now;
        LastError = null;
        Release();
    }

    public void RetryAt(DateTime next, string reason)
    {
        Attempts++;
        NextAttemptAt = next;
        LastError = Truncate(reason);
        Release();
    }

    /// <summary>Not attempted this time, or throttled by the vendor (rate limit, Retry-After, open circuit): no attempt is spent.</summary>
    public void Postpone(DateTime next, string reason)
    {
        NextAttemptAt = next;
        LastError = Truncate(reason);
        Release();
    }

    public void DeadLetter(string reason)
    {
        Attempts++;
        Status = DeliveryStatus.DeadLettered;
        LastError = Truncate(reason);
        Release();
    }

    private void Release()
    {
        LeaseOwner = null;
        LeasedUntil = null;
    }

    private static string Truncate(string reason) => BoundedText.Fit(reason, BoundedText.ErrorLength);

    /// <summary>
    /// A person gave up on the delivery (skipDelivery): it is never sent, and the later events about the same
    /// subject, which wait while it is dead-lettered, go out.
    /// </summary>
    public void Skip(string reason)
    {
        if (Status != DeliveryStatus.DeadLettered)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, $"Only a dead-lettered delivery can be skipped; this one is {Status}.", "deliveryId");
        }

        Status = DeliveryStatus.Skipped;
        LastError = Truncate(reason);
    }

    /// <summary>A person asked to try a dead-lettered delivery again (retryDelivery).</summary>
    public void Requeue(DateTime now)
    {
        if (Status != DeliveryStatus.DeadLettered)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, $"Only a dead-lettered delivery can be retried; this one is {ApiNames.Of(Status)}.", "deliveryId");
        }

        Status = DeliveryStatus.Pending;
        NextAttemptAt = now;
    }
}
