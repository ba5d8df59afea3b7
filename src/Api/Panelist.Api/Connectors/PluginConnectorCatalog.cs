using Panelist.Domain.Integrations;
using Panelist.Plugins.Hosting;

namespace Panelist.Api.Connectors;

/// <summary>The domain's view of the loaded plugins (which connectors exist, their settings rules), over <see cref="PluginCatalog"/>.</summary>
public sealed class PluginConnectorCatalog(PluginCatalog plugins) : IConnectorCatalog
{
    public bool IsAvailable(string connectorId) => plugins.Find(connectorId)?.Status == PluginStatus.Loaded;

    public async Task<IReadOnlyList<(string Field, string Message)>> ValidateSettingsAsync(string connectorId, IReadOnlyDictionary<string, string> settings,
        CancellationToken ct)
    {
        var result = await plugins.ValidateSettingsAsync(connectorId, settings, ct);
        return [.. result.Errors.Select(e => (e.Field, e.Message))];
    }

    public IReadOnlySet<string> SecretFields(string connectorId) =>
        plugins.Find(connectorId)?.Descriptor?.SettingsSchema.Where(s => s.IsSecret).Select(s => s.Name).ToHashSet(StringComparer.Ordinal)
        ?? new HashSet<string>(StringComparer.Ordinal);
}
