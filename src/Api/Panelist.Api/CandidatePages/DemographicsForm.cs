using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Panelist.Domain.Common;
using Panelist.Domain.Fairness;

namespace Panelist.Api.CandidatePages;

/// <summary>
/// The voluntary self-identification form at the foot of the candidate page: two radio groups, each in a fieldset
/// with a legend, every option labelled, nothing required and nothing preselected (so the page never shows a
/// previous answer); plain HTML, so it works without script and by keyboard (arrow keys within a group).
/// </summary>
public static class DemographicsForm
{
    public const string Path = "/demographics";

    public const string SentMarker = "demographics";

    public static string Render(DemographicsFormText text, string basePath, bool answered, bool sent)
    {
        var html = HtmlEncoder.Default;
        var body = new StringBuilder(2048);
        body.Append(CultureInfo.InvariantCulture, $"""<section aria-labelledby="about-you"><h2 id="about-you">{html.Encode(text.Heading)}</h2>""").Append('\n');
        if (sent)
        {
            body.Append(CultureInfo.InvariantCulture, $"""<p class="notice" role="status" id="demographics-sent">{html.Encode(text.Thanks)}</p>""").Append('\n');
        }
        else if (answered)
        {
            body.Append(CultureInfo.InvariantCulture, $"""<p class="notice">{html.Encode(text.AlreadyAnswered)}</p>""").Append('\n');
        }

        body.Append(CultureInfo.InvariantCulture, $"""<p id="demographics-voluntary">{html.Encode(text.Voluntary)}</p>""").Append('\n');
        body.Append(CultureInfo.InvariantCulture, $"""<p id="demographics-use">{html.Encode(text.Use)}</p>""").Append('\n');
        body.Append(CultureInfo.InvariantCulture,
            $"""<form method="post" action="{html.Encode(basePath)}{Path}" aria-describedby="demographics-voluntary demographics-use demographics-unanswered">""").Append('\n');
        body.Append(Group("sex", text.SexLegend, text.Sexes));
        body.Append(Group("raceEthnicity", text.RaceLegend, text.Races));
        body.Append(CultureInfo.InvariantCulture, $"""<p id="demographics-unanswered">{html.Encode(text.Unanswered)}</p>""").Append('\n');
        body.Append(CultureInfo.InvariantCulture, $"""<button type="submit">{html.Encode(text.Submit)}</button>""").Append('\n');
        body.Append("</form></section>\n");
        return body.ToString();
    }

    private static string Group<T>(string name, string legend, IReadOnlyDictionary<T, string> labels)
        where T : struct, Enum
    {
        var html = HtmlEncoder.Default;
        var group = new StringBuilder();
        group.Append(CultureInfo.InvariantCulture, $"<fieldset><legend>{html.Encode(legend)}</legend>\n");
        foreach (var value in Enum.GetValues<T>())
        {
            var api = ApiNames.Of(value);
            var id = $"{name}-{api.ToLowerInvariant().Replace('_', '-')}";
            group.Append(CultureInfo.InvariantCulture,
                $"""<div><input type="radio" id="{id}" name="{name}" value="{api}"><label for="{id}">{html.Encode(labels[value])}</label></div>""").Append('\n');
        }

        group.Append("</fieldset>\n");
        return group.ToString();
    }
}
