namespace Panelist.Plugins.Hosting.Manifests;

/// <summary>A validated <c>plugin.json</c>.</summary>
internal sealed record PluginManifest(string Id, string Version, string EntryAssembly, SemanticVersion SdkVersion, string? Sha256);
