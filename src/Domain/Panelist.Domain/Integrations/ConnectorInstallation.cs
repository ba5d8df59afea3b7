using Panelist.Domain.Common;

namespace Panelist.Domain.Integrations;

/// <summary>
/// A connector installed for one organization: which connector, its settings, the events it wants.
/// Secrets are stored encrypted (ASP.NET Data Protection, by the hosting layer); the domain only keeps the ciphertext.
/// </summary>
public sealed class ConnectorInstallation : Entity, ITenantOwned
{
    private ConnectorInstallation()
    {
    }

    public ConnectorInstallation(Guid organizationId, string connectorId, string name, string settingsJson, string protectedSecrets,
        IEnumerable<string> events, Guid? id = null)
    {
        Id = id ?? Guid.CreateVersion7();
        OrganizationId = organizationId;
        ConnectorId = Guard.Required(connectorId, "connectorId", 100);
        Name = Guard.Required(name, "name");
        Reconfigure(settingsJson, protectedSecrets, events);
        Status = InstallationStatus.Active;
    }

    public Guid OrganizationId { get; private set; }

    public string ConnectorId { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Non-secret settings as JSON.</summary>
    public string SettingsJson { get; private set; } = "{}";

    /// <summary>Secret settings, encrypted; never returned, logged or audited in clear.</summary>
    public string ProtectedSecrets { get; private set; } = "";

    public List<string> Events { get; private set; } = [];

    public InstallationStatus Status { get; private set; }

    public bool Wants(string eventType) => Status != InstallationStatus.Disabled && Events.Contains(eventType);

    public void Reconfigure(string settingsJson, string protectedSecrets, IEnumerable<string> events)
    {
        var wanted = events.Distinct().ToList();
        var unknown = wanted.Except(IntegrationEventType.All).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, $"Unknown events: {string.Join(", ", unknown)}.", "events");
        }

        SettingsJson = settingsJson;
        ProtectedSecrets = protectedSecrets;
        Events = wanted;
    }

    public void Enable() => Status = InstallationStatus.Active;

    public void Disable() => Status = InstallationStatus.Disabled;

    public void MarkFailing() => Status = Status == InstallationStatus.Disabled ? Status : InstallationStatus.Failing;
}
