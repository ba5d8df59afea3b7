using Microsoft.AspNetCore.DataProtection;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Connectors;

public static class ConnectorSecrets
{
    /// <summary>
    /// Data Protection with its keys in the database, so every replica (and every dispatcher) decrypts
    /// what another encrypted, and the <see cref="ISecretProtector"/> built on it.
    /// </summary>
    public static IServiceCollection AddConnectorSecrets(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("panelist").PersistKeysToDbContext<PanelistDbContext>();
        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        return services;
    }
}
