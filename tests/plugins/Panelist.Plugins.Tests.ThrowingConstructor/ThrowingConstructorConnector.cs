using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Plugins.Tests.ThrowingConstructor;

/// <summary>A connector whose constructor throws: the host must mark it Faulted and carry on.</summary>
public sealed class ThrowingConstructorConnector : IAtsConnector
{
    public ThrowingConstructorConnector() => throw new InvalidOperationException("constructor failed on purpose");

    public ConnectorDescriptor Descriptor => throw new NotSupportedException();

    public Task<SettingsValidationResult> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<ConnectionCheckResult> CheckConnectionAsync(ConnectorContext context, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<DeliveryResult> DeliverAsync(ConnectorContext context, IntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
