using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Plugins.Tests.Stateful;

/// <summary>
/// A connector whose delivery takes two steps, as many vendors need (create a record, then attach it): the first
/// attempt does step one, keeps its result in the store and fails step two with RetryLater; a later attempt finds
/// step one's result in the store, skips it and finishes. Without a durable store the first step would run twice.
/// </summary>
public sealed class StatefulConnector : IAtsConnector
{
    public ConnectorDescriptor Descriptor { get; } = new()
    {
        Id = "stateful",
        Name = "Stateful",
        Version = "1.0.0",
        SupportedEvents = IntegrationEventTypes.All,
        SettingsSchema = [],
    };

    public Task<SettingsValidationResult> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        Task.FromResult(SettingsValidationResult.Valid);

    public Task<ConnectionCheckResult> CheckConnectionAsync(ConnectorContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectionCheckResult.Ok());

    public async Task<DeliveryResult> DeliverAsync(ConnectorContext context, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var store = context.Store ?? throw new InvalidOperationException("This connector needs a host with SDK 1.1's store.");
        var key = $"step-one:{integrationEvent.EventId:N}";
        if (await store.GetAsync(key, cancellationToken) is { } created)
        {
            return new Delivered($"{created}+attached");
        }

        await store.SetAsync(key, $"record-{integrationEvent.EventId:N}", cancellationToken);
        return new RetryLater(null, "step two failed after step one succeeded");
    }
}
