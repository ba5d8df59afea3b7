using System.Text.RegularExpressions;
using Panelist.Domain.Common;

namespace Panelist.Domain.Compliance;

/// <summary>Jurisdictions as ISO 3166: a country (<c>DE</c>) or a country and subdivision (<c>US-CA</c>).</summary>
public static partial class Jurisdictions
{
    /// <summary>EU member states: the Platform Work Directive applies to work done in them.</summary>
    private static readonly HashSet<string> EuMembers =
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ];

    public static string Normalize(string? value, string field)
    {
        var text = Guard.Required(value, field, 10).ToUpperInvariant();
        var parts = text.Split('-', 2);
        Guard.Country(parts[0], field);
        if (parts.Length == 2 && !Subdivision().IsMatch(parts[1]))
        {
            throw new DomainRuleException(ErrorCodes.InvalidCountry, $"'{text}' is no ISO 3166-2 jurisdiction (e.g. US-CA).", field);
        }

        return text;
    }

    public static string CountryOf(string jurisdiction) => jurisdiction.Split('-', 2)[0];

    /// <summary>
    /// The test the jurisdiction's law requires, or null where Panelist models none (any test is then
    /// recorded as applied): California's ABC test, the EU presumption, the IRS test elsewhere in the US.
    /// </summary>
    public static ClassificationTest? RequiredTest(string jurisdiction) => jurisdiction switch
    {
        "US-CA" => ClassificationTest.CaliforniaAbc,
        _ when CountryOf(jurisdiction) == "US" => ClassificationTest.IrsCommonLaw,
        _ when EuMembers.Contains(CountryOf(jurisdiction)) => ClassificationTest.EuPlatformWork,
        _ => null,
    };

    /// <summary>The jurisdiction itself and, for a subdivision, its country: a rule for US binds US-CA too.</summary>
    public static string[] Covering(string jurisdiction) =>
        jurisdiction.Contains('-', StringComparison.Ordinal) ? [jurisdiction, CountryOf(jurisdiction)] : [jurisdiction];

    [GeneratedRegex("^[A-Z0-9]{1,3}$")]
    private static partial Regex Subdivision();
}
