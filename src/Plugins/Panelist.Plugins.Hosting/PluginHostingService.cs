using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Panelist.Plugins.Hosting.Watching;

namespace Panelist.Plugins.Hosting;

/// <summary>Loads the plugins when the host starts and, when asked to, reloads a plugin whose folder changes.</summary>
internal sealed class PluginHostingService(PluginCatalog catalog, IOptions<PluginHostingOptions> options, ILogger<PluginHostingService> logger)
    : IHostedService, IDisposable
{
    private PluginFolderWatcher? _watcher;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await catalog.RefreshAsync(cancellationToken);
        if (options.Value.WatchForChanges)
        {
            _watcher = new PluginFolderWatcher(
                catalog.Root,
                options.Value.ReloadDebounce,
                id => catalog.ReloadAsync(id, CancellationToken.None),
                () => catalog.RefreshAsync(CancellationToken.None),
                logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _watcher = null;
    }
}
