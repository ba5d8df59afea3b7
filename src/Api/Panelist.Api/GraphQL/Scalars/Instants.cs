using System.Globalization;

namespace Panelist.Api.GraphQL.Scalars;

/// <summary>
/// Parses the instants clients send. ISO-8601 with an offset only: "2027-01-01T10:00:00" names no
/// instant (10:00 where?), and reading it as UTC would book a Berlin interview an hour off.
/// </summary>
public static class Instants
{
    private static readonly string[] Formats =
    [
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'",
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz",
    ];

    public static DateTimeOffset Parse(string value)
    {
        // AssumeUniversal only gives the literal 'Z' its meaning; the other format carries its own offset.
        if (DateTimeOffset.TryParseExact(value.Replace('z', 'Z'), Formats, DateTimeFormatInfo.InvariantInfo, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        throw new InstantFormatException(Explain(value));
    }

    /// <summary>Why <paramref name="value"/> is no instant, in words for the client.</summary>
    public static string Explain(string value) => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        ? $"'{value}' has no offset from UTC; send an instant such as 2027-01-01T10:00:00Z or 2027-01-01T10:00:00+02:00."
        : $"'{value}' is not an ISO-8601 instant such as 2027-01-01T10:00:00Z or 2027-01-01T10:00:00+02:00.";
}
