namespace Panelist.Domain.Metrics;

/// <summary>
/// The parts of a <see cref="MetricsSnapshot"/> that cost reads of their own, for a caller that needs only some metrics.
/// A query that asks for no review-based metric spares the scorecards and candidate feedback of every interview
/// completed in the window (for one engagement over 30 days of the benchmark's data: about 6,000 and 4,000 rows, 40 % of
/// PostgreSQL's time for the query).
/// </summary>
[Flags]
public enum MetricsParts
{
    /// <summary>Counts, durations to schedule, no-show and cancellation rates, costs, utilization.</summary>
    Core = 0,

    /// <summary>Scorecards and candidate feedback: feedback turnaround, feedback SLA attainment, pass rate, candidate NPS.</summary>
    Reviews = 1,

    All = Reviews,
}
