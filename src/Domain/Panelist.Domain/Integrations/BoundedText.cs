namespace Panelist.Domain.Integrations;

/// <summary>
/// Connector strings (external ids, reasons, error texts) come from plugin code and vendors, unbounded.
/// They are cut to their column's length with a visible marker before they are stored, so one long answer
/// can never make a settlement fail.
/// </summary>
public static class BoundedText
{
    public const string Marker = "…[truncated]";

    public const int ExternalIdLength = 200;

    public const int ErrorLength = 2000;

    public static string Fit(string text, int maxLength) =>
        text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - Marker.Length), Marker);
}
