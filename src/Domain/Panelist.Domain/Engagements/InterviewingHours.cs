using Panelist.Domain.Common;

namespace Panelist.Domain.Engagements;

/// <summary>
/// When, on a working day in <see cref="TimeZone"/>, the client holds the engagement's interviews: from
/// <see cref="FromMinute"/> to <see cref="ToMinute"/> (minutes after local midnight). Matching compares it with each
/// interviewer's working day in their own time zone.
/// </summary>
public sealed record InterviewingHours(string TimeZone, int FromMinute, int ToMinute)
{
    public static InterviewingHours Validated(string timeZone, string from, string to) =>
        Checked(Guard.TimeZone(timeZone, "interviewingHours.timeZone"), Minute(from, "interviewingHours.from"), Minute(to, "interviewingHours.to"));

    public static InterviewingHours Checked(string timeZone, int fromMinute, int toMinute) => toMinute > fromMinute
        ? new(timeZone, fromMinute, toMinute)
        : throw new DomainRuleException(ErrorCodes.InvalidTimeRange, "Interviewing hours must end after they start, on the same day.", "interviewingHours.to");

    /// <summary>"HH:mm", 00:00–24:00.</summary>
    public static string Format(int minute) => $"{minute / 60:00}:{minute % 60:00}";

    private static int Minute(string value, string field)
    {
        var parts = (value ?? "").Split(':');
        if (parts.Length == 2 && parts[0].Length == 2 && parts[1].Length == 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var h)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)
            && m < 60 && (h < 24 || (h == 24 && m == 0)))
        {
            return (h * 60) + m;
        }

        throw new DomainRuleException(ErrorCodes.ValidationFailed, $"'{value}' is not a time of day as HH:mm (00:00–24:00).", field);
    }
}
