using System.ComponentModel;

namespace Panelist.Api.Engagements;

public sealed record InterviewingHoursInput(
    [property: Description("IANA time zone the hours are in.")] string TimeZone,
    [property: Description("Local start, HH:mm.")] string From,
    [property: Description("Local end, HH:mm (24:00 allowed), after the start.")] string To);
