using System.Text.Json;

namespace Panelist.Domain.Integrations;

public static class InstallationSettings
{
    /// <summary>The settings as the connector receives them: plain and decrypted secrets together. Never log the result.</summary>
    public static IReadOnlyDictionary<string, string> Read(ConnectorInstallation installation, ISecretProtector protector)
    {
        var settings = JsonSerializer.Deserialize<Dictionary<string, string>>(installation.SettingsJson) ?? [];
        if (installation.ProtectedSecrets.Length > 0)
        {
            foreach (var (key, value) in protector.Unprotect(installation.ProtectedSecrets))
            {
                settings[key] = value;
            }
        }

        return settings;
    }
}
