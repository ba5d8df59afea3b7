using McMaster.NETCore.Plugins;
using Panelist.Plugins.Hosting.Manifests;
using Panelist.Plugins.Sdk;

namespace Panelist.Plugins.Hosting.Loading;

/// <summary>A plugin whose connector is constructed: its loader (and so its collectible load context) and the instance.</summary>
internal sealed class LoadedPlugin(PluginManifest manifest, PluginLoader loader, IAtsConnector connector, ConnectorDescriptor descriptor)
{
    private int _consecutiveTimeouts;

    public PluginManifest Manifest { get; } = manifest;

    public IAtsConnector Connector { get; } = connector;

    /// <summary>A host-owned copy: nothing the catalog keeps may hold an object of a plugin type, or the context could not be collected.</summary>
    public ConnectorDescriptor Descriptor { get; } = descriptor;

    /// <summary>For tests: the load context, to check that it is collected after an unload.</summary>
    internal WeakReference LoadContext { get; } = new(System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(connector.GetType().Assembly));

    public int RecordTimeout() => Interlocked.Increment(ref _consecutiveTimeouts);

    public void RecordAnswer() => Volatile.Write(ref _consecutiveTimeouts, 0);

    /// <summary>Disposes the connector if it is disposable (guarded: it is plugin code) and unloads the context.</summary>
    public async Task UnloadAsync(TimeSpan timeout)
    {
        if (Connector is IAsyncDisposable or IDisposable)
        {
            await ConnectorGuard.RunAsync(
                async _ =>
                {
                    if (Connector is IAsyncDisposable asyncDisposable)
                    {
                        await asyncDisposable.DisposeAsync();
                    }
                    else
                    {
                        ((IDisposable)Connector).Dispose();
                    }

                    return this;
                },
                timeout,
                CancellationToken.None);
        }

        loader.Dispose();
    }
}
