using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Panelist.Plugins.Hosting.Manifests;

/// <summary>The MAJOR.MINOR.PATCH core of a SemVer 2.0 string; pre-release and build labels are kept only for display.</summary>
internal sealed partial record SemanticVersion(int Major, int Minor, int Patch, string Text)
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out SemanticVersion? version)
    {
        version = null;
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true }
            || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || !int.TryParse(match.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var patch))
        {
            return false;
        }

        version = new SemanticVersion(major, minor, patch, text!);
        return true;
    }

    public static SemanticVersion From(Version version) =>
        new(version.Major, version.Minor, Math.Max(version.Build, 0), $"{version.Major}.{version.Minor}.{Math.Max(version.Build, 0)}");

    public override string ToString() => Text;

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex Pattern();
}
