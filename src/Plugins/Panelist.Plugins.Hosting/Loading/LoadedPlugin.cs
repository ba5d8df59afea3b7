using System.Collections.Concurrent;
using McMaster.NETCore.Plugins;
using Panelist.Plugins.Hosting.Manifests;
using Panelist.Plugins.Sdk;

namespace Panelist.Plugins.Hosting.Loading;

/// <summary>A plugin whose connector is constructed: its loader (and so its collectible load context) and the instance.</summary>
internal sealed class LoadedPlugin(PluginManifest manifest, PluginLoader loader, IAtsConnector connector, ConnectorDescriptor descriptor)
{
    /// <summary>Hung calls in a row, per installation (<see cref="Guid.Empty"/> for calls made for none), and until when that installation is not called.</summary>
    private readonly ConcurrentDictionary<Guid, (int Hangs, DateTimeOffset RefusedUntil)> _strikes = new();

    public PluginManifest Manifest { get; } = manifest;

    public IAtsConnector Connector { get; } = connector;

    /// <summary>A host-owned copy: nothing the catalog keeps may hold an object of a plugin type, or the context could not be collected.</summary>
    public ConnectorDescriptor Descriptor { get; } = descriptor;

    /// <summary>For tests: the load context, to check that it is collected after an unload.</summary>
    internal WeakReference LoadContext { get; } = new(System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(connector.GetType().Assembly));

    /// <summary>Counts a hung call; returns the strikes in a row for that installation.</summary>
    public int RecordHang(Guid installationId) =>
        _strikes.AddOrUpdate(installationId, _ => (1, DateTimeOffset.MinValue), (_, s) => (s.Hangs + 1, s.RefusedUntil)).Hangs;

    public void RecordAnswer(Guid installationId) => _strikes.TryRemove(installationId, out _);

    /// <summary>Stops calling for the installation until <paramref name="until"/>; its strikes start again from zero.</summary>
    public void Refuse(Guid installationId, DateTimeOffset until) => _strikes[installationId] = (0, until);

    /// <summary>Until when calls for the installation are refused, or null.</summary>
    public DateTimeOffset? RefusedUntil(Guid installationId, DateTimeOffset now) =>
        _strikes.TryGetValue(installationId, out var s) && s.RefusedUntil > now ? s.RefusedUntil : null;

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
