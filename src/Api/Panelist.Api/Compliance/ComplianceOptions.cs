using System.ComponentModel.DataAnnotations;

namespace Panelist.Api.Compliance;

/// <summary>The <c>Compliance</c> section: how far ahead expiry warnings look when a query names no window.</summary>
public sealed class ComplianceOptions
{
    public const string Section = "Compliance";

    [Range(1, 365)]
    public int WarningDays { get; set; } = 30;
}
