using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Plugins.Tests.Throwing;

/// <summary>A connector that loads fine and then throws from every call, synchronously or not.</summary>
public sealed class ThrowingConnector : IAtsConnector
{
    public ConnectorDescriptor Descriptor { get; } = new()
    {
        Id = "throwing",
        Name = "Throwing",
        Version = "1.0.0",
        SupportedEvents = IntegrationEventTypes.All,
        SettingsSchema = [],
    };

    // Synchronous throw: before any Task exists.
    public Task<SettingsValidationResult> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("validation failed on purpose");

    public async Task<ConnectionCheckResult> CheckConnectionAsync(ConnectorContext context, CancellationToken cancellationToken)
    {
        await Task.Yield();
        throw new InvalidOperationException("connection check failed on purpose");
    }

    public async Task<DeliveryResult> DeliverAsync(ConnectorContext context, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await Task.Yield();
        throw new InvalidOperationException("delivery failed on purpose");
    }
}
