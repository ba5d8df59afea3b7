using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Panelist.Domain.Notifications;

/// <summary>
/// The iCalendar (RFC 5545) entry of an interview, with its times in the recipient's own zone (a TZID and a VTIMEZONE),
/// so a calendar shows the same wall-clock time as the e-mail's text. One UID per interview: a reschedule updates the
/// entry and a cancellation removes it, each with a higher SEQUENCE.
/// </summary>
public static class CalendarInvite
{
    public static string Build(Guid interviewId, DateTime startUtc, DateTime endUtc, string timeZone, string summary, string description,
        string attendeeEmail, bool cancelled, DateTime now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var calendar = new Calendar { Method = cancelled ? "CANCEL" : "REQUEST" };
        // With its STANDARD/DAYLIGHT rules (RFC 5545 §3.6.5 requires one), so a client without the IANA database agrees.
        // Ical.Net reads the zone from the earliest date up to its own wall clock, so the earliest may not be later than that.
        var earliest = new[] { startUtc, now, DateTime.UtcNow }.Min().AddYears(-1);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(timeZone, earliest, includeHistoricalData: false));
        var entry = new CalendarEvent
        {
            Uid = $"interview-{interviewId:N}@panelist",
            Summary = summary,
            Description = description,
            Start = new CalDateTime(Local(startUtc, zone), timeZone),
            End = new CalDateTime(Local(endUtc, zone), timeZone),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(now, DateTimeKind.Utc), "UTC"),
            // Seconds since 2020 grow with every change, which is all SEQUENCE needs, without a counter row per interview.
            Sequence = (int)((now - new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds),
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
        };
        entry.Attendees.Add(new Attendee($"mailto:{attendeeEmail}"));
        calendar.Events.Add(entry);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static DateTime Local(DateTime utc, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone), DateTimeKind.Unspecified);
}
