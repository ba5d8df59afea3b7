using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using Panelist.Plugins.Hosting.Manifests;
using Panelist.Plugins.Sdk;

namespace Panelist.Plugins.Hosting.Loading;

/// <summary>The checks made on a plugin's files before any of its code runs.</summary>
internal static class PluginChecks
{
    private static readonly string SdkAssemblyName = typeof(IAtsConnector).Assembly.GetName().Name!;

    /// <summary>The SDK version this host was built with (the assembly version of the shared SDK).</summary>
    public static SemanticVersion HostSdkVersion { get; } = SemanticVersion.From(typeof(IAtsConnector).Assembly.GetName().Version!);

    /// <summary>A plugin built for SDK X.Y runs on a host with SDK X.Z when Z ≥ Y (SemVer: minors only add).</summary>
    public static string? CheckSdkVersion(SemanticVersion pluginSdk, string source)
    {
        var host = HostSdkVersion;
        if (pluginSdk.Major != host.Major)
        {
            return $"{source} SDK {pluginSdk}, but this host runs SDK {host}: the major versions differ";
        }

        return pluginSdk.Minor > host.Minor
            ? $"{source} SDK {pluginSdk}, newer than this host's SDK {host}"
            : null;
    }

    public static string? CheckSha256(string assemblyPath, string? expected)
    {
        if (expected is null)
        {
            return null;
        }

        using var stream = File.OpenRead(assemblyPath);
        var actual = Convert.ToHexString(SHA256.HashData(stream));
        return string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"the SHA-256 of {Path.GetFileName(assemblyPath)} is {actual.ToLowerInvariant()}, but plugin.json says {expected.ToLowerInvariant()}";
    }

    /// <summary>
    /// Reads, without loading it, which SDK version the entry assembly was compiled against, so that a manifest
    /// that misstates its sdkVersion cannot smuggle in a plugin built for another major.
    /// </summary>
    public static string? CheckReferencedSdk(string assemblyPath)
    {
        try
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return $"{Path.GetFileName(assemblyPath)} is not a .NET assembly";
            }

            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.AssemblyReferences)
            {
                var reference = metadata.GetAssemblyReference(handle);
                if (metadata.GetString(reference.Name) == SdkAssemblyName)
                {
                    return CheckSdkVersion(SemanticVersion.From(reference.Version), $"{Path.GetFileName(assemblyPath)} is compiled against");
                }
            }

            return $"{Path.GetFileName(assemblyPath)} does not reference {SdkAssemblyName}, so it has no IAtsConnector";
        }
        catch (BadImageFormatException)
        {
            return $"{Path.GetFileName(assemblyPath)} is not a .NET assembly";
        }
    }
}
