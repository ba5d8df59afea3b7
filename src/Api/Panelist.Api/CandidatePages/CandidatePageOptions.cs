using System.ComponentModel.DataAnnotations;

namespace Panelist.Api.CandidatePages;

/// <summary>The candidate page (configuration section <c>CandidatePage</c>).</summary>
public sealed class CandidatePageOptions
{
    public const string Section = "CandidatePage";

    /// <summary>How long a link works after it is issued; long enough to give feedback after the interview.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "180.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The address candidates reach this API at (e.g. https://careers.panelist.example); empty: the address the staff request came to.</summary>
    public string? PublicBaseUrl { get; set; }
}
