using Panelist.Domain.Common;

namespace Panelist.Domain.Integrations;

/// <summary>
/// One key of a connector installation's durable state (the SDK's <c>IConnectorStore</c>): vendor ids, cached
/// tokens. The value is encrypted and bound to its installation and key; the row goes with the installation.
/// </summary>
public sealed class ConnectorStateEntry : ITenantOwned
{
    private ConnectorStateEntry()
    {
    }

    public Guid InstallationId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Key { get; private set; } = "";

    /// <summary>The value, encrypted by <see cref="ISecretProtector"/>; never readable without the Data Protection keys.</summary>
    public string ProtectedValue { get; private set; } = "";

    public DateTime UpdatedAt { get; private set; }
}
