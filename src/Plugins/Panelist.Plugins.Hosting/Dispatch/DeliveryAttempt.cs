using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Panelist.Domain.Integrations;
using Panelist.Plugins.Sdk;
using SdkEvent = Panelist.Plugins.Sdk.Events.IntegrationEvent;

namespace Panelist.Plugins.Hosting.Dispatch;

/// <summary>
/// One attempt at one delivery: circuit and the vendor's rate limit first, then the connector through the plugin
/// catalog's guard, its result translated for the ledger. Connector failures never escape as exceptions.
/// </summary>
public sealed class DeliveryAttempt(PluginCatalog plugins, ISecretProtector secrets, HttpClient http, CircuitBreakers circuits,
    IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    public async Task<DeliveryOutcome> RunAsync(DueDelivery due, CancellationToken ct)
    {
        var (delivery, installation) = due;
        if (circuits.OpenFor(installation.Id) is { } open)
        {
            return new DeliveryOutcome.Postponed(open, "The installation's circuit is open after repeated failures.", CircuitOpen: true);
        }

        if (plugins.Find(installation.ConnectorId)?.Descriptor?.RateLimit is { Requests: > 0 } limit)
        {
            // Its own scope: attempts of one claim run side by side, and the allowance is shared by every replica.
            await using var scope = scopes.CreateAsyncScope();
            var wait = await scope.ServiceProvider.GetRequiredService<VendorRateLimit>().TryTakeAsync(installation.Id, limit.Requests, limit.Period, ct);
            if (wait is { } later)
            {
                return new DeliveryOutcome.Postponed(later, "The vendor's rate limit is used up.");
            }
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

        var context = new ConnectorContext
        {
            InstallationId = installation.Id,
            Settings = InstallationSettings.Read(installation, secrets),
            HttpClient = http,
            Logger = loggers.CreateLogger($"Panelist.Connectors.{installation.ConnectorId}"),
            IdempotencyKey = delivery.IdempotencyKey,
        };
        var result = await plugins.DeliverAsync(installation.ConnectorId, context, integrationEvent, ct);
        switch (result)
        {
            case Delivered delivered:
                circuits.Succeeded(installation.Id);
                return new DeliveryOutcome.Delivered(delivered.ExternalId ?? "");
            case Rejected rejected:
                circuits.Succeeded(installation.Id);
                return new DeliveryOutcome.Refused(rejected.Code, rejected.Reason);
            case RetryLater retry:
                circuits.Failed(installation.Id);
                return new DeliveryOutcome.Failed(retry.Reason, retry.After);
            default:
                return new DeliveryOutcome.Failed($"Unknown result {result.GetType().Name}.");
        }
    }
}
