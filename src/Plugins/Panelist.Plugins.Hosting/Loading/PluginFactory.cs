using System.Reflection;
using McMaster.NETCore.Plugins;
using Panelist.Plugins.Hosting.Manifests;
using Panelist.Plugins.Sdk;

namespace Panelist.Plugins.Hosting.Loading;

/// <summary>Turns a plugin folder into a loaded connector or a state with the reason it is not one.</summary>
internal sealed class PluginFactory(TimeSpan loadTimeout, TimeProvider time)
{
    public async Task<(LoadedPlugin? Plugin, PluginState State)> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        var id = Path.GetFileName(folder);
        var (manifest, manifestError) = ManifestReader.Read(folder);
        if (manifest is null)
        {
            return (null, State(id, PluginStatus.Rejected, manifestError, null));
        }

        var entryPath = Path.Combine(folder, manifest.EntryAssembly);
        var refusal =
            !File.Exists(entryPath) ? $"the entry assembly {manifest.EntryAssembly} is missing"
            : PluginChecks.CheckSha256(entryPath, manifest.Sha256)
            ?? PluginChecks.CheckSdkVersion(manifest.SdkVersion, "plugin.json asks for")
            ?? PluginChecks.CheckReferencedSdk(entryPath);
        if (refusal is not null)
        {
            return (null, State(id, PluginStatus.Rejected, refusal, manifest));
        }

        PluginLoader loader;
        try
        {
            // Only the SDK (and what it references) is shared; everything else resolves inside the plugin's
            // own collectible context. In memory, so that the files can be replaced while the plugin runs.
            loader = PluginLoader.CreateFromAssemblyFile(
                entryPath,
                isUnloadable: true,
                sharedTypes: [typeof(IAtsConnector)],
                configure: config => config.LoadInMemory = true);
        }
#pragma warning disable CA1031 // A malformed deps.json or runtimeconfig.json is a refusal, not a host failure.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, State(id, PluginStatus.Rejected, $"the plugin could not be prepared for loading: {ConnectorGuard.Describe(ex)}", manifest));
        }

        var (plugin, state) = await CreateConnectorAsync(loader, manifest, cancellationToken);
        if (plugin is null)
        {
            loader.Dispose();
        }

        return (plugin, state);
    }

    private async Task<(LoadedPlugin? Plugin, PluginState State)> CreateConnectorAsync(PluginLoader loader, PluginManifest manifest, CancellationToken cancellationToken)
    {
        var (connectorType, typeError) = FindConnectorType(loader, manifest);
        if (connectorType is null)
        {
            return (null, State(manifest.Id, PluginStatus.Rejected, typeError, manifest));
        }

        var outcome = await ConnectorGuard.RunAsync(
            _ =>
            {
                var connector = (IAtsConnector)Activator.CreateInstance(connectorType)!;
                return Task.FromResult(new Constructed(connector, Copy(connector.Descriptor)));
            },
            loadTimeout,
            cancellationToken);
        if (outcome.Value is not { } constructed)
        {
            var reason = outcome.TimedOut
                ? $"{connectorType.Name} did not finish its constructor and descriptor within {loadTimeout.TotalSeconds:0.###} s"
                : $"{connectorType.Name} failed while starting: {outcome.Failure}";
            return (null, State(manifest.Id, PluginStatus.Faulted, reason, manifest));
        }

        var descriptor = constructed.Descriptor;
        var mismatch =
            descriptor.Id != manifest.Id ? $"the descriptor's id '{descriptor.Id}' differs from plugin.json's '{manifest.Id}'"
            : descriptor.Version != manifest.Version ? $"the descriptor's version '{descriptor.Version}' differs from plugin.json's '{manifest.Version}'"
            : null;
        if (mismatch is not null)
        {
            return (null, State(manifest.Id, PluginStatus.Rejected, mismatch, manifest));
        }

        var plugin = new LoadedPlugin(manifest, loader, constructed.Connector, descriptor);
        return (plugin, State(manifest.Id, PluginStatus.Loaded, null, manifest, descriptor));
    }

    private static (Type? Type, string? Error) FindConnectorType(PluginLoader loader, PluginManifest manifest)
    {
        Type[] types;
        try
        {
            types = loader.LoadDefaultAssembly().GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = [.. ex.Types.OfType<Type>()];
        }
#pragma warning disable CA1031 // Loading plugin files can fail in many ways; each is a refusal, not a host failure.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, $"{manifest.EntryAssembly} could not be loaded: {ConnectorGuard.Describe(ex)}");
        }

        var candidates = types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAtsConnector).IsAssignableFrom(t)).ToList();
        return candidates switch
        {
            [] => (null, $"{manifest.EntryAssembly} has no class implementing IAtsConnector"),
            [var type] when type.GetConstructor(Type.EmptyTypes) is null => (null, $"{type.Name} has no public parameterless constructor"),
            [var type] => (type, null),
            _ => (null, $"{manifest.EntryAssembly} has {candidates.Count} classes implementing IAtsConnector; a plugin has exactly one"),
        };
    }

    /// <summary>The descriptor rebuilt from host-owned collections: a plugin-defined list type would pin the load context.</summary>
    private static ConnectorDescriptor Copy(ConnectorDescriptor descriptor) => descriptor with
    {
        SupportedEvents = [.. descriptor.SupportedEvents],
        SettingsSchema = [.. descriptor.SettingsSchema.Select(field => field with { Choices = [.. field.Choices] })],
    };

    private PluginState State(string id, PluginStatus status, string? reason, PluginManifest? manifest, ConnectorDescriptor? descriptor = null) =>
        new(id, status, reason, manifest?.Version, manifest?.SdkVersion.Text, descriptor, time.GetUtcNow());

    private sealed record Constructed(IAtsConnector Connector, ConnectorDescriptor Descriptor);
}
