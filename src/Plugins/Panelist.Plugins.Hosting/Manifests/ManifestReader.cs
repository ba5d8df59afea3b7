using System.Text.Json;
using System.Text.RegularExpressions;

namespace Panelist.Plugins.Hosting.Manifests;

/// <summary>Reads and checks <c>plugins/&lt;id&gt;/plugin.json</c>; every refusal comes back as a reason, never an exception.</summary>
internal static partial class ManifestReader
{
    public const string FileName = "plugin.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static (PluginManifest? Manifest, string? Error) Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return (null, $"{FileName} is missing");
        }

        ManifestDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ManifestDocument>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            return (null, $"{FileName} is not valid JSON: {ex.Message}");
        }
        catch (IOException ex)
        {
            return (null, $"{FileName} could not be read: {ex.Message}");
        }

        return document is null ? (null, $"{FileName} is empty") : Check(document, Path.GetFileName(folder));
    }

    private static (PluginManifest? Manifest, string? Error) Check(ManifestDocument d, string folderName)
    {
        string? error =
            string.IsNullOrWhiteSpace(d.Id) ? Missing("id")
            : string.IsNullOrWhiteSpace(d.Version) ? Missing("version")
            : string.IsNullOrWhiteSpace(d.EntryAssembly) ? Missing("entryAssembly")
            : string.IsNullOrWhiteSpace(d.SdkVersion) ? Missing("sdkVersion")
            : !IdPattern().IsMatch(d.Id) ? $"{FileName}: id '{d.Id}' must be lower-case letters, digits, '.', '-' or '_'"
            : d.Id != folderName ? $"{FileName}: id '{d.Id}' differs from the folder name '{folderName}'"
            : !SemanticVersion.TryParse(d.Version, out _) ? $"{FileName}: version '{d.Version}' is not a SemVer version"
            : d.EntryAssembly != Path.GetFileName(d.EntryAssembly) || !d.EntryAssembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                ? $"{FileName}: entryAssembly '{d.EntryAssembly}' must be a .dll file name in the plugin folder"
            : d.Sha256 is not null && !Sha256Pattern().IsMatch(d.Sha256) ? $"{FileName}: sha256 must be 64 hexadecimal digits"
            : null;
        if (error is not null)
        {
            return (null, error);
        }

        return SemanticVersion.TryParse(d.SdkVersion, out var sdk)
            ? (new PluginManifest(d.Id!, d.Version!, d.EntryAssembly!, sdk, d.Sha256?.ToUpperInvariant()), null)
            : (null, $"{FileName}: sdkVersion '{d.SdkVersion}' is not a SemVer version");
    }

    private static string Missing(string property) => $"{FileName} has no '{property}'";

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Pattern();

    private sealed record ManifestDocument(string? Id, string? Version, string? EntryAssembly, string? SdkVersion, string? Sha256);
}
