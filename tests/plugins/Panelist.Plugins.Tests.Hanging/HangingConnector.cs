using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Plugins.Tests.Hanging;

/// <summary>A connector that does not answer: ignoring cancellation, blocking its thread, or waiting until cancelled.</summary>
public sealed class HangingConnector : IAtsConnector
{
    public ConnectorDescriptor Descriptor { get; } = new()
    {
        Id = "hanging",
        Name = "Hanging",
        Version = "1.0.0",
        SupportedEvents = IntegrationEventTypes.All,
        SettingsSchema = [],
    };

    // Blocks the calling thread, long past any test's timeout (bounded so a test run cannot starve the thread pool for good).
    public Task<SettingsValidationResult> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        Thread.Sleep(TimeSpan.FromSeconds(20));
        return Task.FromResult(SettingsValidationResult.Valid);
    }

    // Honours the host's time budget: cancelled when the budget runs out.
    public async Task<ConnectionCheckResult> CheckConnectionAsync(ConnectorContext context, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return ConnectionCheckResult.Ok();
    }

    // Never returns and ignores cancellation.
    public Task<DeliveryResult> DeliverAsync(ConnectorContext context, IntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        new TaskCompletionSource<DeliveryResult>().Task;
}
