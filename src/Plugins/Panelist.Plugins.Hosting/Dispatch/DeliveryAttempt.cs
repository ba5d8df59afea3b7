using System.Text.Json;
using Panelist.Domain.Integrations;
using Panelist.Plugins.Hosting.Calling;
using Panelist.Plugins.Sdk;
using SdkEvent = Panelist.Plugins.Sdk.Events.IntegrationEvent;

namespace Panelist.Plugins.Hosting.Dispatch;

/// <summary>
/// One attempt at one delivery: the installation's circuit and the plugin's state first, then the connector
/// through the <see cref="ConnectorCaller"/>, its result translated for the ledger. Throttling (a 429, a
/// Retry-After, the vendor's rate limit, a connector's <see cref="RetryLater.ThrottledUntil"/>, which the caller
/// notes as seen on the wire) spends no attempt and leaves the circuit alone; the ledger counts the other outcomes
/// against the circuit when it settles them. Connector failures never escape as exceptions.
/// </summary>
public sealed class DeliveryAttempt(ConnectorCaller caller, PluginCatalog plugins, CircuitBreakers circuits, DispatcherOptions options)
{
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    public async Task<DeliveryOutcome> RunAsync(DueDelivery due, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(due);
        var (delivery, installation) = due;
        if (await circuits.RefuseAsync(installation, ct) is { } refused)
        {
            return refused.Open
                ? new DeliveryOutcome.Postponed(refused.Wait, "The installation's circuit is open after repeated failures.", CircuitOpen: true)
                : new DeliveryOutcome.Postponed(refused.Wait, "Another attempt is probing the installation's open circuit.");
        }

        if (plugins.Find(installation.ConnectorId) is not { Status: PluginStatus.Loaded } state)
        {
            // Not the vendor's fault, nor the event's: wait without spending attempts until the plugin is back.
            var why = plugins.Find(installation.ConnectorId) is { } notLoaded
                ? $"Connector '{installation.ConnectorId}' is {notLoaded.Status}: {notLoaded.Reason}"
                : $"No connector '{installation.ConnectorId}' is installed on this host.";
            return new DeliveryOutcome.Postponed(options.UnavailableDelay, why, Problem: true);
        }

        SdkEvent integrationEvent;
        try
        {
            integrationEvent = JsonSerializer.Deserialize<SdkEvent>(delivery.PayloadJson, EventJson)!;
        }
        catch (JsonException e)
        {
            return new DeliveryOutcome.Refused("EVENT_UNREADABLE", e.Message);
        }

        var (result, observation) = await caller.DeliverAsync(installation, delivery.IdempotencyKey, integrationEvent, ct);
        switch (result)
        {
            case Delivered delivered:
                return new DeliveryOutcome.Delivered(delivered.ExternalId ?? "", delivered.ManualStepRequired);
            case Rejected rejected:
                return new DeliveryOutcome.Refused(rejected.Code, rejected.Reason);
            case RetryLater retry when retry.After is not null || observation.ThrottledFor is not null:
                var wait = Max(retry.After, observation.ThrottledFor) is { } asked && asked > TimeSpan.Zero ? asked : options.BaseDelay;
                return new DeliveryOutcome.Throttled(wait, observation.ThrottleReason is { } seen ? $"{retry.Reason} ({seen})" : retry.Reason);
            case RetryLater retry:
                return new DeliveryOutcome.Failed(retry.Reason);
            default:
                return new DeliveryOutcome.Failed($"Connector '{state.Id}' answered with an unknown result {result.GetType().Name}.");
        }
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
