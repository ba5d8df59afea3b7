namespace Panelist.Domain.Integrations;

/// <summary>What the domain needs to know of the loaded connectors: which exist, and whether settings suit one.</summary>
public interface IConnectorCatalog
{
    bool IsAvailable(string connectorId);

    /// <summary>The connector's own settings validation: an empty list when the settings are fine.</summary>
    Task<IReadOnlyList<(string Field, string Message)>> ValidateSettingsAsync(string connectorId, IReadOnlyDictionary<string, string> settings,
        CancellationToken ct);

    /// <summary>Which of the settings are secrets (encrypted at rest, never returned).</summary>
    IReadOnlySet<string> SecretFields(string connectorId);
}
