using System.Text.RegularExpressions;
using Panelist.Domain.Common;

namespace Panelist.Domain.Threads;

/// <summary>
/// Hides candidates' personal data in message text from readers who may not see it, by the same rules as the
/// <c>Candidate</c> type: recruiters, admins and auditors see everything; an interviewer sees the name of their own
/// interviews' candidates and no e-mail; everyone else (analysts) neither. Applied on read, so it follows the current
/// candidate data and the reader's current role.
/// </summary>
public static class MessageRedaction
{
    public const string NameMask = "[candidate]";
    public const string EmailMask = "[candidate e-mail]";

    public static string Redact(string text, IEnumerable<CandidateMention> candidates, Actor reader)
    {
        if (SeesPersonalData(reader))
        {
            return text;
        }

        foreach (var candidate in candidates)
        {
            if (!string.IsNullOrWhiteSpace(candidate.Email))
            {
                text = Regex.Replace(text, Regex.Escape(candidate.Email), EmailMask, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }

            if (reader.InterviewerId is { } me && candidate.InterviewerId == me)
            {
                continue;
            }

            // The full name first, then each part on its own ("Grace" alone is still the candidate).
            var parts = candidate.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var part in parts.Length > 1 ? [candidate.Name.Trim(), .. parts] : parts)
            {
                if (part.Length >= 2)
                {
                    text = Regex.Replace(text, $@"(?<!\w){Regex.Escape(part)}(?!\w)", NameMask,
                        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                }
            }
        }

        return text;
    }

    private static bool SeesPersonalData(Actor reader) =>
        reader.Role is Role.PlatformAdmin or Role.ClientAdmin or Role.Recruiter or Role.Auditor or Role.System;
}
