using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Panelist.Domain.CandidatePages;
using Panelist.Domain.Interviews;

namespace Panelist.Api.CandidatePages;

/// <summary>
/// The body of one interview's candidate page: when (in the candidate's zone), how to join, who interviews, and a
/// form: a reschedule request before the interview, feedback after it. Plain HTML forms, so it works without script.
/// </summary>
public static class CandidatePageRenderer
{
    /// <param name="view">The interview as the candidate may see it.</param>
    /// <param name="text">The words, in the candidate's language.</param>
    /// <param name="zone">The time zone the times are shown in.</param>
    /// <param name="basePath">The page's own path (<c>/c/{token}</c>), the forms' targets.</param>
    /// <param name="sent">What was just sent (<c>feedback</c>, <c>reschedule</c>), to thank for it.</param>
    /// <param name="error">Why the last form was refused, shown above the forms.</param>
    /// <param name="now">Whether the interview is upcoming depends on the time.</param>
    public static string Render(CandidatePageView view, CandidatePageText text, TimeZoneInfo zone, string basePath, string? sent, string? error, DateTime now)
    {
        var html = HtmlEncoder.Default;
        var culture = CultureInfo.GetCultureInfo(text.Language);
        var brand = view.Branding?.DisplayName ?? view.OrganizationName;
        var body = new StringBuilder(4096);
        body.Append(CultureInfo.InvariantCulture, $"<h1>{html.Encode(string.Format(culture, text.Greeting, view.CandidateFirstName))}</h1>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p>{html.Encode(string.Format(culture, text.Title, brand))}</p>\n");
        if (error is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"""<p class="error" role="alert" id="form-error">{html.Encode(text.ErrorPrefix)} {html.Encode(error)}</p>""").Append('\n');
        }
        else if (sent is "feedback" or "reschedule")
        {
            body.Append(CultureInfo.InvariantCulture, $"""<p class="notice" role="status" id="sent">{html.Encode(sent == "feedback" ? text.FeedbackThanks : text.RescheduleSent)}</p>""").Append('\n');
        }

        body.Append(CultureInfo.InvariantCulture, $"""<section aria-labelledby="when"><h2 id="when">{html.Encode(text.WhenHeading)}</h2>""");
        if (view.ScheduledStart is { } start && view.ScheduledEnd is { } end)
        {
            var (localStart, localEnd) = (TimeZoneInfo.ConvertTimeFromUtc(start, zone), TimeZoneInfo.ConvertTimeFromUtc(end, zone));
            var offset = zone.GetUtcOffset(start);
            var iso = new DateTimeOffset(DateTime.SpecifyKind(localStart, DateTimeKind.Unspecified), offset).ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);
            var when = $"{localStart.ToString("D", culture)}, {localStart.ToString("t", culture)}–{localEnd.ToString("t", culture)}";
            body.Append(CultureInfo.InvariantCulture, $"""<p id="interview-time"><time datetime="{iso}">{html.Encode(when)}</time></p>""");
            body.Append(CultureInfo.InvariantCulture, $"""<p id="time-zone">{html.Encode(string.Format(culture, text.TimeZoneLabel, $"{zone.Id} (UTC{Offset(offset)})"))}</p>""");
        }
        else
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>{html.Encode(text.NotScheduledYet)}</p>");
        }

        body.Append("</section>\n");
        var upcoming = view.Status is InterviewStatus.Requested || (view.Status == InterviewStatus.Scheduled && view.ScheduledEnd > now);
        if (view.Status == InterviewStatus.Cancelled)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>{html.Encode(text.Cancelled)}</p>\n");
            return body.ToString();
        }

        if (upcoming)
        {
            body.Append(CultureInfo.InvariantCulture, $"""<section aria-labelledby="join"><h2 id="join">{html.Encode(text.JoinHeading)}</h2>""");
            body.Append(view.JoinUrl is { } join
                ? $"""<p><a id="join-link" href="{html.Encode(join)}" rel="noreferrer">{html.Encode(text.JoinLink)}</a></p>"""
                : $"<p>{html.Encode(text.JoinLater)}</p>");
            body.Append("</section>\n");
        }

        body.Append(CultureInfo.InvariantCulture, $"""<section aria-labelledby="who"><h2 id="who">{html.Encode(text.InterviewerHeading)}</h2>""");
        body.Append(view.InterviewerFirstName is { } name
            ? $"""<p id="interviewer"><strong>{html.Encode(name)}</strong>{(view.InterviewerHeadline is { } headline ? $" – {html.Encode(headline)}" : "")}</p>"""
            : $"<p>{html.Encode(text.InterviewerLater)}</p>");
        body.Append("</section>\n");

        if (upcoming)
        {
            body.Append(Reschedule(text, basePath));
        }
        else if (view.Status == InterviewStatus.Completed)
        {
            body.Append(view.FeedbackGiven ? (sent == "feedback" ? "" : $"<p class=\"notice\">{html.Encode(text.FeedbackThanks)}</p>") : Feedback(text, basePath, brand, culture));
        }
        else
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>{html.Encode(text.Over)}</p>\n");
        }

        return body.ToString();
    }

    private static string Reschedule(CandidatePageText text, string basePath)
    {
        var html = HtmlEncoder.Default;
        return $"""
            <section aria-labelledby="reschedule"><h2 id="reschedule">{html.Encode(text.RescheduleHeading)}</h2>
            <form method="post" action="{html.Encode(basePath)}/reschedule">
            <label for="message">{html.Encode(text.RescheduleLabel)}</label>
            <textarea id="message" name="message" required maxlength="1000" aria-describedby="message-hint"></textarea>
            <p id="message-hint">{html.Encode(text.RescheduleHint)}</p>
            <button type="submit">{html.Encode(text.RescheduleSubmit)}</button>
            </form></section>

            """;
    }

    private static string Feedback(CandidatePageText text, string basePath, string brand, CultureInfo culture)
    {
        var html = HtmlEncoder.Default;
        var scale = new StringBuilder();
        for (var score = 0; score <= 10; score++)
        {
            scale.Append(CultureInfo.InvariantCulture, $"""<label for="score-{score}"><input type="radio" id="score-{score}" name="score" value="{score}" required>{score}</label>""");
        }

        return $"""
            <section aria-labelledby="feedback"><h2 id="feedback">{html.Encode(text.FeedbackHeading)}</h2>
            <form method="post" action="{html.Encode(basePath)}/feedback">
            <fieldset><legend>{html.Encode(string.Format(culture, text.FeedbackScoreLegend, brand))}</legend>
            <div class="scale">{scale}</div>
            <div class="scale-ends" aria-hidden="true"><span>0: {html.Encode(text.FeedbackScoreLow)}</span><span>10: {html.Encode(text.FeedbackScoreHigh)}</span></div>
            </fieldset>
            <label for="comment">{html.Encode(text.FeedbackCommentLabel)}</label>
            <textarea id="comment" name="comment" maxlength="4000"></textarea>
            <button type="submit">{html.Encode(text.FeedbackSubmit)}</button>
            </form></section>

            """;
    }

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
