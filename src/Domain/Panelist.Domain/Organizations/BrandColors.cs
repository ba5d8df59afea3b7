using System.Globalization;
using Panelist.Domain.Common;

namespace Panelist.Domain.Organizations;

/// <summary>
/// WCAG 2.1 contrast (relative luminance of sRGB colours) for brand colours. AA asks 4.5:1 for normal text, so a
/// brand colour that fails it would make the client's candidate page inaccessible: it is refused, not adjusted.
/// </summary>
public static class BrandColors
{
    public const double MinimumTextContrast = 4.5;

    public const string White = "#FFFFFF";

    /// <summary>A <c>#RRGGBB</c> colour, upper case, or BRAND_COLOR_INVALID.</summary>
    public static string Parse(string? value, string field)
    {
        var text = Guard.Required(value, field, 7).ToUpperInvariant();
        if (text.Length != 7 || text[0] != '#' || !int.TryParse(text.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _))
        {
            throw new DomainRuleException(ErrorCodes.BrandColorInvalid, $"{field} must be a colour like #1A4D8F.", field);
        }

        return text;
    }

    /// <summary>The contrast ratio of two colours, 1 (same) to 21 (black on white).</summary>
    public static double Contrast(string first, string second)
    {
        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>Refuses with BRAND_CONTRAST_TOO_LOW when <paramref name="color"/> on <paramref name="against"/> is below AA for text.</summary>
    public static void EnsureReadable(string color, string against, string field, string role)
    {
        var ratio = Contrast(color, against);
        if (ratio < MinimumTextContrast)
        {
            throw new DomainRuleException(ErrorCodes.BrandContrastTooLow,
                $"{field} {color} has a contrast of {ratio.ToString("0.00", CultureInfo.InvariantCulture)}:1 {role}; WCAG AA needs {MinimumTextContrast}:1.", field);
        }
    }

    private static double Luminance(string hex)
    {
        var rgb = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (0.2126 * Channel(rgb >> 16)) + (0.7152 * Channel(rgb >> 8)) + (0.0722 * Channel(rgb));
    }

    private static double Channel(int value)
    {
        var c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
