namespace Panelist.Api.CandidatePages;

/// <summary>The candidate page's words in one language. A language without a template falls back to English.</summary>
public sealed record CandidatePageText(
    string Language,
    string Title,
    string SkipToContent,
    string Greeting,
    string WhenHeading,
    string NotScheduledYet,
    string TimeZoneLabel,
    string JoinHeading,
    string JoinLink,
    string JoinLater,
    string InterviewerHeading,
    string InterviewerLater,
    string RescheduleHeading,
    string RescheduleLabel,
    string RescheduleHint,
    string RescheduleSubmit,
    string RescheduleSent,
    string FeedbackHeading,
    string FeedbackScoreLegend,
    string FeedbackScoreLow,
    string FeedbackScoreHigh,
    string FeedbackCommentLabel,
    string FeedbackSubmit,
    string FeedbackThanks,
    string Cancelled,
    string Over,
    string ErrorPrefix,
    string ExpiredTitle,
    string ExpiredBody,
    string NotFoundTitle,
    string NotFoundBody,
    string LogoAlt)
{
    public static readonly CandidatePageText English = new(
        "en", "Your interview with {0}", "Skip to content", "Hello {0},", "When", "Your interview is not scheduled yet. We will let you know the time.",
        "Shown in the time zone {0}.", "How to join", "Join the interview", "The joining details will appear here before the interview.",
        "Who will interview you", "Your interviewer will be named here once the interview is booked.", "Need another time?",
        "Which times would suit you better?", "Up to 1000 characters. The recruiting team will get back to you.", "Request another time",
        "Thank you. Your request to reschedule was sent.", "How was your interview?",
        "How likely are you to recommend interviewing with {0} to a friend? (0 = not at all likely, 10 = extremely likely)",
        "not at all likely", "extremely likely", "Anything you would like to tell us? (optional)", "Send feedback", "Thank you for your feedback.",
        "This interview was cancelled.", "This interview is over.", "We could not save that:",
        "This link has expired", "Links to the interview page work for a limited time. Please ask the recruiting team for a new link.",
        "Page not found", "This link is not valid. Please check that you copied all of it, or ask the recruiting team for a new link.",
        "{0} logo");

    public static readonly CandidatePageText German = new(
        "de", "Ihr Interview mit {0}", "Zum Inhalt springen", "Hallo {0},", "Wann", "Ihr Interview ist noch nicht terminiert. Wir teilen Ihnen die Zeit mit.",
        "Angezeigt in der Zeitzone {0}.", "So nehmen Sie teil", "Am Interview teilnehmen", "Die Zugangsdaten erscheinen hier vor dem Interview.",
        "Wer Sie interviewt", "Ihre Interviewerin oder Ihr Interviewer wird hier genannt, sobald der Termin steht.", "Passt Ihnen eine andere Zeit?",
        "Welche Zeiten passen Ihnen besser?", "Bis zu 1000 Zeichen. Das Recruiting-Team meldet sich bei Ihnen.", "Andere Zeit anfragen",
        "Danke. Ihre Bitte um einen neuen Termin wurde gesendet.", "Wie war Ihr Interview?",
        "Wie wahrscheinlich ist es, dass Sie ein Interview bei {0} einem Freund empfehlen? (0 = sehr unwahrscheinlich, 10 = sehr wahrscheinlich)",
        "sehr unwahrscheinlich", "sehr wahrscheinlich", "Möchten Sie uns noch etwas sagen? (optional)", "Feedback senden", "Vielen Dank für Ihr Feedback.",
        "Dieses Interview wurde abgesagt.", "Dieses Interview ist vorbei.", "Das konnten wir nicht speichern:",
        "Dieser Link ist abgelaufen", "Links zur Interviewseite gelten nur begrenzt. Bitte fragen Sie das Recruiting-Team nach einem neuen Link.",
        "Seite nicht gefunden", "Dieser Link ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig kopiert haben, oder fragen Sie das Recruiting-Team nach einem neuen Link.",
        "Logo von {0}");

    /// <summary>The languages that have a template, by ISO 639-1 code.</summary>
    public static IReadOnlyDictionary<string, CandidatePageText> Templates { get; } =
        new Dictionary<string, CandidatePageText>(StringComparer.OrdinalIgnoreCase) { ["en"] = English, ["de"] = German };

    public static CandidatePageText For(params string?[] preferences) =>
        preferences.Select(p => p is not null && Templates.TryGetValue(p, out var text) ? text : null).FirstOrDefault(t => t is not null) ?? English;
}
