using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Panelist.Plugins.Tests.Support;

/// <summary>A throwaway plugins folder for one test: copies of real plugin builds, manifests edited at will.</summary>
internal sealed class PluginsFolder : IDisposable
{
    public PluginsFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "panelist-plugins-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Copies a plugin build into <c>Root/id</c> and returns that folder.</summary>
    public string Add(string buildFolder, string? id = null)
    {
        var target = Path.Combine(Root, id ?? Path.GetFileName(buildFolder));
        CopyInto(buildFolder, target);
        return target;
    }

    /// <summary>Copies into an existing folder (for reload tests); files are replaced in place.</summary>
    public static void CopyInto(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>Changes properties of <c>Root/id/plugin.json</c>; a null value removes the property.</summary>
    public void EditManifest(string id, params (string Name, string? Value)[] changes)
    {
        var path = Path.Combine(Root, id, "plugin.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                json.Remove(name);
            }
            else
            {
                json[name] = value;
            }
        }

        File.WriteAllText(path, json.ToJsonString());
    }

    public void WriteManifestText(string id, string text) => File.WriteAllText(Path.Combine(Root, id, "plugin.json"), text);

    public static string Sha256Of(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
