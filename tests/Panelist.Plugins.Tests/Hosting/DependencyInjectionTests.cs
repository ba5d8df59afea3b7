using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Panelist.Plugins.Hosting;
using Panelist.Plugins.Tests.Support;

namespace Panelist.Plugins.Tests.Hosting;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AddPluginHosting_registers_one_catalog_loaded_by_the_hosted_service()
    {
        using var folder = new PluginsFolder();
        folder.Add(PluginBuilds.TestPlugin("echo"));
        await using var services = Build(o => o.PluginsPath = folder.Root);

        var catalog = services.GetRequiredService<PluginCatalog>();
        Assert.Empty(catalog.Plugins);
        var host = Assert.Single(services.GetServices<IHostedService>());
        await host.StartAsync(CancellationToken.None);

        Assert.Same(catalog, services.GetRequiredService<PluginCatalog>());
        Assert.Equal(PluginStatus.Loaded, Assert.Single(catalog.Plugins).Status);
        await host.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_missing_plugins_path_fails_options_validation()
    {
        await using var services = Build(_ => { });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PluginHostingOptions>>().Value);

        Assert.Contains("Plugins:PluginsPath is required.", error.Failures);
    }

    private static ServiceProvider Build(Action<PluginHostingOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddPluginHosting(configure);
        return services.BuildServiceProvider();
    }
}
