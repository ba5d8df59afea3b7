using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;

namespace Panelist.Plugins.Hosting.Calling;

/// <summary>A scope of its own (and so a connection and a statement) acting as the connector for the installation's organization.</summary>
internal static class InstallationScopes
{
    public static AsyncServiceScope ForInstallation(this IServiceScopeFactory scopes, ConnectorInstallation installation)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System($"connector:{installation.ConnectorId}"), installation.OrganizationId);
        return scope;
    }
}
