namespace Panelist.Plugins.Tests.Support;

/// <summary>Where the real plugin builds are: <c>artifacts/plugins/</c> (shipped connectors) and <c>artifacts/test-plugins/</c>.</summary>
internal static class PluginBuilds
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Template => Path.Combine(RepositoryRoot, "artifacts", "plugins", "template");

    public static string TestPlugin(string id) => Path.Combine(RepositoryRoot, "artifacts", "test-plugins", id);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Api.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Api.sln not found above " + AppContext.BaseDirectory);
    }
}
