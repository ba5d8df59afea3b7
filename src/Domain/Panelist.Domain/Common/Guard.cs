using System.Globalization;

namespace Panelist.Domain.Common;

/// <summary>Input checks shared by entities; each refusal carries its code and the field at fault.</summary>
public static class Guard
{
    private static readonly Lazy<HashSet<string>> Currencies = new(() => CultureInfo
        .GetCultures(CultureTypes.SpecificCultures)
        .Select(c => TryRegion(c.Name)?.ISOCurrencySymbol)
        .OfType<string>()
        .Where(code => code.Length == 3)
        .ToHashSet(StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> Languages = new(() => CultureInfo
        .GetCultures(CultureTypes.NeutralCultures)
        .Select(c => c.TwoLetterISOLanguageName)
        .Where(code => code.Length == 2)
        .ToHashSet(StringComparer.Ordinal));

    private static readonly DateTime EarliestInstant = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime LatestInstant = new(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static string Required(string? value, string field, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, $"{field} is required.", field);
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, $"{field} is longer than {maxLength} characters.", field);
        }

        return trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength = 4000) =>
        string.IsNullOrWhiteSpace(value) ? null : Required(value, field, maxLength);

    public static string Email(string? value, string field)
    {
        var email = Required(value, field, 320).ToLowerInvariant();
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || email.Contains(' ', StringComparison.Ordinal))
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, $"{field} is not an email address.", field);
        }

        return email;
    }

    /// <summary>An ISO 3166-1 alpha-2 country code, upper case.</summary>
    public static string Country(string? value, string field)
    {
        var code = Required(value, field, 2).ToUpperInvariant();
        if (code.Length != 2 || TryRegion(code) is null)
        {
            throw new DomainRuleException(ErrorCodes.InvalidCountry, $"'{value}' is not an ISO 3166 country code.", field);
        }

        return code;
    }

    /// <summary>An IANA time zone id known to this machine's tz database.</summary>
    public static string TimeZone(string? value, string field)
    {
        var id = Required(value, field, 64);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) || !zone.HasIanaId)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTimeZone, $"'{value}' is not an IANA time zone.", field);
        }

        return id;
    }

    public static string Currency(string? value, string field)
    {
        var code = Required(value, field, 3).ToUpperInvariant();
        if (!Currencies.Value.Contains(code))
        {
            throw new DomainRuleException(ErrorCodes.InvalidCurrency, $"'{value}' is not an ISO 4217 currency code.", field);
        }

        return code;
    }

    public static string Language(string? value, string field)
    {
        var code = Required(value, field, 2).ToLowerInvariant();
        if (!Languages.Value.Contains(code))
        {
            throw new DomainRuleException(ErrorCodes.InvalidLanguage, $"'{value}' is not an ISO 639-1 language code.", field);
        }

        return code;
    }

    /// <summary>
    /// The largest amount of money taken as input (budget caps, rate cards, agreed rates). Far above any real
    /// engagement, and low enough that every derived amount (an hourly rate times 8 hours, a week of costs)
    /// still fits numeric(18,4) on PostgreSQL and SQLite's integers of 1/10,000 units.
    /// </summary>
    public const decimal MaxAmount = 1_000_000_000m;

    /// <summary>Money as input: 0 to <see cref="MaxAmount"/>, at most 4 decimals.</summary>
    public static decimal Amount(decimal value, string field)
    {
        if (value < 0 || value > MaxAmount || decimal.Round(value, 4) != value)
        {
            throw new DomainRuleException(ErrorCodes.InvalidAmount, $"{field} must be between 0 and 1,000,000,000, with at most 4 decimals.", field);
        }

        return value;
    }

    /// <summary>Instants taken as input lie in 2000–2099: far enough for any contract or booking, and week and
    /// day arithmetic near <see cref="DateTime.MaxValue"/> never overflows.</summary>
    public static DateTime Instant(DateTime value, string field)
    {
        if (value < EarliestInstant || value >= LatestInstant)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTimeRange, $"{field} must lie between 2000-01-01 and 2099-12-31 (UTC).", field);
        }

        return value;
    }

    public static DateTime? OptionalInstant(DateTime? value, string field) => value is { } instant ? Instant(instant, field) : null;

    /// <summary>An absolute https URL: it is shown to candidates, who must never be sent to plain http or a script URL.</summary>
    public static string HttpsUrl(string? value, string field)
    {
        var text = Required(value, field, 2000);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host))
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, $"{field} must be an absolute https URL.", field);
        }

        return uri.AbsoluteUri;
    }

    public static int Range(int value, int min, int max, string field, string code = ErrorCodes.ValidationFailed)
    {
        if (value < min || value > max)
        {
            throw new DomainRuleException(code, $"{field} must be between {min} and {max}.", field);
        }

        return value;
    }

    private static RegionInfo? TryRegion(string name)
    {
        try
        {
            return new RegionInfo(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
