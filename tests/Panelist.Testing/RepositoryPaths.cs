namespace Panelist.Testing;

/// <summary>Folders of the checkout the tests run from (found by walking up to Api.sln).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Plugins => Path.Combine(Root, "artifacts", "plugins");

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Api.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Api.sln not found above the test binaries.");
    }
}
