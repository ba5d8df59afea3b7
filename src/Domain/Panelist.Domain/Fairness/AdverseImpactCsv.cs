using System.Globalization;
using System.Text;
using Panelist.Domain.Common;

namespace Panelist.Domain.Fairness;

/// <summary>
/// A report as one CSV in the shape of the LL144 bias-audit summary tables (6 RCNY § 5-301): a row per sex
/// category, per race/ethnicity category and per intersectional category, each with the number of applicants,
/// the number selected, the selection rate and the impact ratio, then an <c>UNKNOWN</c> row per table (the
/// decisions left out for missing or declined data, which LL144 requires to be stated). Significance and the
/// four-fifths flag follow, and the note says why a figure is blank. RFC 4180: CRLF, fields quoted when needed.
/// </summary>
public static class AdverseImpactCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] Header =
    [
        "table", "sex", "race_ethnicity", "number_of_applicants", "number_selected", "selection_rate", "impact_ratio", "adverse_impact_four_fifths",
        "fisher_exact_p", "z_score", "z_test_p", "reference_applicants", "note",
    ];

    public static string Write(AdverseImpactReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var table in new[] { report.Sex, report.RaceEthnicity, report.Intersection })
        {
            var name = ApiNames.Of(table.Dimension);
            foreach (var cell in table.Categories)
            {
                var impact = cell.Impact;
                var note = impact.Suppression ?? impact.Exclusion ?? (impact.IsReference ? "Reference category (highest selection rate)." : table.UndefinedReason);
                Line(csv, [name, Name(cell.Sex), Name(cell.RaceEthnicity), Number(impact.Applicants), Number(impact.Selected), Decimal(impact.SelectionRate),
                    Decimal(impact.ImpactRatio), impact.AdverseImpact is { } flag ? (flag ? "true" : "false") : "", Decimal(impact.FisherExactP),
                    Decimal(impact.ZScore), Decimal(impact.ZTestP), Number(cell.ReferenceAssessed), note ?? ""]);
            }

            Line(csv, [name, "UNKNOWN", "UNKNOWN", Number(table.Declined + table.NotProvided), "", "", "", "", "", "", "", "",
                string.Create(CultureInfo.InvariantCulture, $"Not in the calculations above: {table.Declined} declined to answer, {table.NotProvided} not provided.")]);
        }

        return csv.ToString();
    }

    /// <summary>A file name that says the organization-independent scope: the window, e.g. <c>adverse-impact-2026-01-01-2027-01-01.csv</c>.</summary>
    public static string FileName(AdverseImpactReport report) =>
        string.Create(CultureInfo.InvariantCulture, $"adverse-impact-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.csv");

    private static string Name(Enum? value) => value is null ? "" : ApiNames.Of(value);

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Decimal(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";

    private static void Line(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
    }

    /// <summary>Quotes when needed, and defuses a leading = + - @ (a spreadsheet would run it as a formula: the justification is free text).</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '@' or '\t' or '\r' || (value.Length > 1 && value[0] == '-' && !char.IsDigit(value[1])))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
