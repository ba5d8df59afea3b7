using Panelist.Testing;

namespace Panelist.Plugins.Tests.Support;

/// <summary>Where the real plugin builds are: <c>artifacts/plugins/</c> (shipped connectors) and <c>artifacts/test-plugins/</c>.</summary>
internal static class PluginBuilds
{
    public static string RepositoryRoot => RepositoryPaths.Root;

    public static string Template => Path.Combine(RepositoryPaths.Plugins, "template");

    public static string TestPlugin(string id) => Path.Combine(RepositoryRoot, "artifacts", "test-plugins", id);
}
