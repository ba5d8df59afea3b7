using System.ComponentModel.DataAnnotations;

namespace Panelist.Api.Sla;

/// <summary>The SLA job (configuration section <c>Sla</c>).</summary>
public sealed class SlaOptions
{
    public const string Section = "Sla";

    public bool Enabled { get; set; } = true;

    /// <summary>How often each replica looks for due items; a notice goes out at most this late.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long after its due time a missing scorecard counts as late: the reminder goes out at the due time, the
    /// escalation (and the breach) this much later, so an interviewer finishing a scorecard is not escalated at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan LateAfter { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Items per kind per round; the next round takes the rest.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;
}
