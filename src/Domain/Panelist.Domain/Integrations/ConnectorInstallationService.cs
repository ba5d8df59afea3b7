using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;

namespace Panelist.Domain.Integrations;

/// <summary>
/// Installs connectors for an organization (client admins and platform admins). Settings are validated
/// by the connector itself; secret settings are encrypted and never appear in audit entries.
/// </summary>
public sealed class ConnectorInstallationService(DomainScope scope, IConnectorCatalog catalog, ISecretProtector protector) : DomainService(scope)
{
    public Task<Result<ConnectorInstallation>> InstallAsync(string connectorId, string name, IReadOnlyDictionary<string, string> settings,
        IReadOnlyList<string> events, CancellationToken ct = default) => Run(async () =>
    {
        RequireAdmin();
        if (!catalog.IsAvailable(connectorId))
        {
            throw new DomainRuleException(ErrorCodes.NotFound, $"No loaded connector is called '{connectorId}'.", "connectorId");
        }

        var (plain, secrets) = await Split(connectorId, settings, ct);
        var installation = new ConnectorInstallation(CurrentOrganization, connectorId, name, plain, secrets, events);
        Db.ConnectorInstallations.Add(installation);
        Audit.Record("connector.installed", nameof(ConnectorInstallation), installation.Id,
            new { connectorId, name, events, settings = settings.Keys.Order() });
        return installation;
    }, ct);

    public Task<Result<ConnectorInstallation>> UpdateSettingsAsync(Guid installationId, IReadOnlyDictionary<string, string> settings,
        IReadOnlyList<string> events, CancellationToken ct = default) => Run(async () =>
    {
        RequireAdmin();
        var installation = await Load(installationId, ct);
        var kept = KeptSecrets(installation, settings);
        var (plain, secrets) = await Split(installation.ConnectorId, kept.Count == 0 ? settings : settings.Concat(kept).ToDictionary(), ct);
        installation.Reconfigure(plain, secrets, events);
        Audit.Record("connector.reconfigured", nameof(ConnectorInstallation), installation.Id,
            new { events, settings = settings.Keys.Order(), keptSecrets = kept.Keys.Order() });
        return installation;
    }, ct);

    /// <summary>Sets or clears (null) how many requests the installation may have open at the ATS at once, per server (setConnectorMaxConcurrency).</summary>
    public Task<Result<ConnectorInstallation>> LimitConcurrencyAsync(Guid installationId, int? maxConcurrency, CancellationToken ct = default) => Run(async () =>
    {
        RequireAdmin();
        var installation = await Load(installationId, ct);
        var before = installation.MaxConcurrency;
        installation.LimitConcurrency(maxConcurrency);
        Audit.Record("connector.concurrency_limited", nameof(ConnectorInstallation), installation.Id, new { before, maxConcurrency });
        return installation;
    }, ct);

    public Task<Result<ConnectorInstallation>> EnableAsync(Guid installationId, CancellationToken ct = default) =>
        Change(installationId, "connector.enabled", i => i.Enable(), ct);

    public Task<Result<ConnectorInstallation>> DisableAsync(Guid installationId, CancellationToken ct = default) =>
        Change(installationId, "connector.disabled", i => i.Disable(), ct);

    /// <summary>Removes the installation and its delivery history.</summary>
    public Task<Result<ConnectorInstallation>> UninstallAsync(Guid installationId, CancellationToken ct = default) => Run(async () =>
    {
        RequireAdmin();
        var installation = await Load(installationId, ct);
        Db.ConnectorInstallations.Remove(installation);
        Audit.Record("connector.uninstalled", nameof(ConnectorInstallation), installation.Id, new { installation.ConnectorId });
        return installation;
    }, ct);

    /// <summary>Sends a dead-lettered delivery again (retryDelivery).</summary>
    public Task<Result<Delivery>> RetryDeliveryAsync(Guid deliveryId, CancellationToken ct = default) => Run(async () =>
    {
        RequireAdmin();
        var delivery = Found(await Db.Deliveries.FirstOrDefaultAsync(d => d.Id == deliveryId, ct), "delivery", "deliveryId");
        delivery.Requeue(Now);
        Audit.Record("delivery.requeued", nameof(Delivery), delivery.Id, new { delivery.EventType, delivery.Attempts });
        return delivery;
    }, ct);

    /// <summary>Gives up on a dead-lettered delivery (skipDelivery): the later events about its subject, held behind it, go out.</summary>
    public Task<Result<Delivery>> SkipDeliveryAsync(Guid deliveryId, CancellationToken ct = default) => Run(async () =>
    {
        RequireAdmin();
        var delivery = Found(await Db.Deliveries.FirstOrDefaultAsync(d => d.Id == deliveryId, ct), "delivery", "deliveryId");
        delivery.Skip($"Skipped by an admin; it had failed with: {delivery.LastError}");
        Audit.Record("delivery.skipped", nameof(Delivery), delivery.Id, new { delivery.EventType, delivery.Attempts });
        return delivery;
    }, ct);

    private Task<Result<ConnectorInstallation>> Change(Guid installationId, string action, Action<ConnectorInstallation> apply, CancellationToken ct) => Run(async () =>
    {
        RequireAdmin();
        var installation = await Load(installationId, ct);
        apply(installation);
        Audit.Record(action, nameof(ConnectorInstallation), installation.Id, new { installation.Status });
        return installation;
    }, ct);

    private async Task<ConnectorInstallation> Load(Guid id, CancellationToken ct) =>
        Found(await Db.ConnectorInstallations.FirstOrDefaultAsync(i => i.Id == id, ct), "connector installation", "installationId");

    /// <summary>
    /// The stored secrets an update leaves out: they are kept, so that an admin never has to type an API key
    /// again to change a URL (secrets are never returned, so a form cannot send them back). A secret sent,
    /// even blank, replaces the stored one.
    /// </summary>
    private Dictionary<string, string> KeptSecrets(ConnectorInstallation installation, IReadOnlyDictionary<string, string> settings)
    {
        if (installation.ProtectedSecrets.Length == 0)
        {
            return [];
        }

        var secretFields = catalog.SecretFields(installation.ConnectorId);
        return protector.Unprotect(installation.ProtectedSecrets)
            .Where(s => secretFields.Contains(s.Key) && !settings.ContainsKey(s.Key))
            .ToDictionary(StringComparer.Ordinal);
    }

    private async Task<(string Plain, string Secrets)> Split(string connectorId, IReadOnlyDictionary<string, string> settings, CancellationToken ct)
    {
        var problems = await catalog.ValidateSettingsAsync(connectorId, settings, ct);
        if (problems.Count > 0)
        {
            var (field, message) = problems[0];
            throw new DomainRuleException(ErrorCodes.ValidationFailed, message, $"settings.{field}");
        }

        var secretFields = catalog.SecretFields(connectorId);
        var plain = settings.Where(s => !secretFields.Contains(s.Key)).ToDictionary();
        var secrets = settings.Where(s => secretFields.Contains(s.Key)).ToDictionary();
        return (JsonSerializer.Serialize(plain), secrets.Count == 0 ? "" : protector.Protect(secrets));
    }

    private void RequireAdmin()
    {
        if (Actor.Role is not (Role.ClientAdmin or Role.PlatformAdmin or Role.System))
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, "Only a client admin or a platform admin manages connectors.");
        }
    }
}
