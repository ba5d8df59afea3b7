using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Plugins.Tests.Echo;

/// <summary>A well-behaved connector: delivers every event it supports (all but engagement.closed) without I/O.</summary>
public sealed class EchoConnector : IAtsConnector
{
    public ConnectorDescriptor Descriptor { get; } = new()
    {
        Id = "echo",
        Name = "Echo",
        Version = "1.0.0",
        SupportedEvents = [.. IntegrationEventTypes.All.Where(t => t != IntegrationEventTypes.EngagementClosed)],
        SettingsSchema = [new SettingField { Name = "token", Label = "Token", Required = true, IsSecret = true }],
    };

    public Task<SettingsValidationResult> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        Task.FromResult(settings["token"] == "bad"
            ? SettingsValidationResult.Invalid(new SettingError("token", "Token is refused."))
            : SettingsValidationResult.Valid);

    public Task<ConnectionCheckResult> CheckConnectionAsync(ConnectorContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectionCheckResult.Ok());

    public Task<DeliveryResult> DeliverAsync(ConnectorContext context, IntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        Task.FromResult<DeliveryResult>(new Delivered($"echo-{context.IdempotencyKey}"));
}
