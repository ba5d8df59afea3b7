using System.Globalization;
using Panelist.Domain.Interviewers;

namespace Panelist.Domain.Engagements.Matching;

/// <summary>
/// The normalized value (0–1, higher fits better) of each factor for one eligible interviewer:
/// <code>
/// skills        mean over required skills of (level − minLevel + 1) / (6 − minLevel); 1 with none required (raw = mean level)
/// languages     mean over required languages of (CONVERSATIONAL 1, PROFESSIONAL 2, NATIVE 3) / 3; 1 with none required
/// timeZone      hours the interviewer's working day (their zone) overlaps the engagement's hours (its zone) today / the hours' length;
///               1 when the engagement sets no hours
/// load          1 − interviews booked in the next 7 days / weekly capacity
/// rate          min(1, budget cap / (card rate × engagement weekly capacity)); 1 at rate 0
/// certification min(1, days until the rubric certification expires / 90)
/// qualityScore  the interviewer's quality score; the neutral value without one
/// </code>
/// </summary>
public static class MatchFactors
{
    public static (double? Raw, double Normalized, string Explanation) Skills(Engagement engagement, IReadOnlyCollection<InterviewerSkill> skills)
    {
        if (engagement.RequiredSkills.Count == 0)
        {
            return (null, 1, "The engagement requires no skill.");
        }

        var held = engagement.RequiredSkills.Select(r => (r, Level: skills.First(s => s.SkillId == r.SkillId).Level)).ToList();
        return (held.Average(h => h.Level), held.Average(h => (h.Level - h.r.MinLevel + 1) / (6.0 - h.r.MinLevel)),
            Text($"Mean level {held.Average(h => h.Level):0.##} over {held.Count} required skills."));
    }

    public static (double? Raw, double Normalized, string Explanation) Languages(Engagement engagement, IReadOnlyCollection<InterviewerLanguage> languages)
    {
        if (engagement.RequiredLanguages.Count == 0)
        {
            return (null, 1, "The engagement requires no language.");
        }

        var levels = engagement.RequiredLanguages.Select(l => (int)languages.First(h => string.Equals(h.Code, l, StringComparison.OrdinalIgnoreCase)).Level + 1).ToList();
        return (levels.Count, levels.Average() / 3, Text($"{levels.Count} required languages; mean level {levels.Average():0.##} of 3."));
    }

    public static (double? Raw, double Normalized, string Explanation) Overlap(InterviewingHours? hours, string interviewerZone, DateTime now, MatchingOptions options)
    {
        if (hours is null)
        {
            return (null, 1, "The engagement sets no interviewing hours.");
        }

        var engagementZone = TimeZoneInfo.FindSystemTimeZoneById(hours.TimeZone);
        var today = TimeZoneInfo.ConvertTimeFromUtc(now, engagementZone).Date;
        var (from, to) = (Utc(today, hours.FromMinute, engagementZone), Utc(today, hours.ToMinute, engagementZone));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(interviewerZone);
        var overlap = Enumerable.Range(-1, 3).Select(d => today.AddDays(d)).Sum(day =>
        {
            var (start, end) = (Utc(day, options.WorkdayFromMinute, zone), Utc(day, options.WorkdayToMinute, zone));
            var shared = (Min(end, to) - Max(start, from)).TotalHours;
            return shared > 0 ? shared : 0;
        });
        var length = (to - from).TotalHours;
        return (overlap, length > 0 ? Math.Min(1, overlap / length) : 0,
            Text($"{overlap:0.##} of the engagement's {length:0.##} interviewing hours ({hours.TimeZone}) fall in the interviewer's working day ({interviewerZone})."));
    }

    public static (double? Raw, double Normalized, string Explanation) Load(int booked, MatchingOptions options) =>
        (booked, 1 - ((double)booked / options.InterviewerWeeklyCapacity), Text($"{booked} interviews booked in the next 7 days of a capacity of {options.InterviewerWeeklyCapacity}."));

    public static (double? Raw, double Normalized, string Explanation) Rate(Engagement engagement, decimal rate) =>
        rate == 0
            ? (0, 1, "The card rate is 0.")
            : ((double)rate, Math.Min(1, (double)(engagement.Pricing.BudgetCap / (rate * engagement.WeeklyCapacity))),
                Text($"Card rate {rate} {engagement.Pricing.Currency}; the budget cap {engagement.Pricing.BudgetCap} buys {engagement.Pricing.BudgetCap / rate:0.#} interviews (a week's capacity is {engagement.WeeklyCapacity})."));

    public static (double? Raw, double Normalized, string Explanation) Certification(DateTime expiresAt, DateTime now)
    {
        var days = (expiresAt - now).TotalDays;
        return (days, Math.Min(1, days / 90), Text($"Certified on the engagement's rubric until {expiresAt:yyyy-MM-dd} ({days:0} days)."));
    }

    public static (double? Raw, double Normalized, string Explanation) Quality(double? score, int observations, MatchingOptions options) => score is { } value
        ? (value, value, Text($"Quality score {value:0.###} over {observations} observations."))
        : (null, options.NeutralQualityScore, Text($"No quality score yet: the neutral {options.NeutralQualityScore} is used."));

    private static DateTime Utc(DateTime day, int minute, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.AddMinutes(minute), DateTimeKind.Unspecified), zone);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
