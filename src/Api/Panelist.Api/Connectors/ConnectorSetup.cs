using Panelist.Domain.Integrations;
using Panelist.Plugins.Hosting;

namespace Panelist.Api.Connectors;

public static class ConnectorSetup
{
    /// <summary>
    /// Plugin hosting (the <c>Plugins</c> section; default folder <c>plugins</c>), the domain's view of it,
    /// and Data Protection with its keys in the database so every replica decrypts connector secrets.
    /// </summary>
    public static WebApplicationBuilder AddConnectorHosting(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Plugins");
        builder.Services.AddPluginHosting(o =>
        {
            section.Bind(o);
            o.PluginsPath = string.IsNullOrWhiteSpace(o.PluginsPath) ? "plugins" : o.PluginsPath;
        });
        builder.Services.AddDeliveryDispatcher(o => builder.Configuration.GetSection("Dispatcher").Bind(o));
        builder.Services.AddSingleton<IConnectorCatalog, PluginConnectorCatalog>();
        builder.Services.AddConnectorSecrets();
        return builder;
    }
}
