using System.Reflection;

namespace Panelist.Integrations.Workday;

/// <summary>
/// The connector's version from its assembly, which the build takes from the project's <c>&lt;Version&gt;</c>
/// and also writes into <c>plugin.json</c>: one number, so the host never finds the two differing.
/// </summary>
internal static class PluginVersion
{
    /// <summary>The informational version without the <c>+commit</c> build metadata the .NET SDK appends.</summary>
    public static string Current { get; } = Of(typeof(PluginVersion).Assembly);

    public static string Of(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no informational version; the .NET SDK writes it from <Version>.");
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
