using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Panelist.Domain.Integrations;

namespace Panelist.Api.Connectors;

/// <summary>Connector secrets encrypted with ASP.NET Data Protection; the keys are in the database (see AddConnectorHosting).</summary>
public sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("Panelist.ConnectorSecrets.v1");

    public string Protect(IReadOnlyDictionary<string, string> secrets) => _protector.Protect(JsonSerializer.Serialize(secrets));

    public IReadOnlyDictionary<string, string> Unprotect(string protectedSecrets) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(_protector.Unprotect(protectedSecrets)) ?? [];
}
