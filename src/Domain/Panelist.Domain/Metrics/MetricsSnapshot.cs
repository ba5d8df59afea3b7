namespace Panelist.Domain.Metrics;

/// <summary>
/// Every analyst metric of one scope at one moment (DESIGN §7), as plain values. Equal snapshots hold
/// equal numbers, so a subscriber is only sent a snapshot that differs from the last one. The window
/// is half-open; which instant of an interview falls in it depends on the metric (see each member).
/// </summary>
/// <param name="InterviewsByStatus">Interviews requested in the window (requestedAt), by current status; every status, in workflow order.</param>
/// <param name="TimeToSchedule">First booking − request, for interviews requested in the window and booked since.</param>
/// <param name="FeedbackTurnaround">First scorecard submission − interview end, for interviews completed in the window (completedAt); the end is the booked end or the moment completion was recorded, whichever is earlier.</param>
/// <param name="ScheduleSlaAttainment">Of interviews requested in the window whose schedule deadline (requestedAt + scheduleWithinDays) has passed or which are booked, excluding those cancelled before booking: booked by the deadline.</param>
/// <param name="FeedbackSlaAttainment">Of interviews completed in the window whose feedback deadline (end + feedbackWithinHours) has passed or which have a submitted scorecard: submitted by the deadline.</param>
/// <param name="CandidateNoShowRate">Candidate no-shows / resolved bookings: booked interviews whose outcome fell in the window (completedAt of completed and no-shows, cancelledAt of cancellations after booking).</param>
/// <param name="InterviewerNoShowRate">Interviewer no-shows / resolved bookings.</param>
/// <param name="LateCancellationRate">Cancellations less than 24 h before the booked start (or after it) / resolved bookings.</param>
/// <param name="PassRate">YES or STRONG_YES / submitted scorecards (current revision) of interviews completed in the window.</param>
/// <param name="Costs">Per currency, in currency order.</param>
/// <param name="InterviewerUtilization">Billable interviews (scheduled, completed, candidate no-show) starting in the window / Σ engagement weeklyCapacity × (days the engagement ran within the window) / 7.</param>
/// <param name="CandidateNps">Candidate feedback on interviews completed in the window.</param>
public sealed record MetricsSnapshot(
    Guid OrganizationId,
    Guid? EngagementId,
    DateTime From,
    DateTime To,
    ValueList<StatusCount> InterviewsByStatus,
    DurationSummary TimeToSchedule,
    DurationSummary FeedbackTurnaround,
    Rate ScheduleSlaAttainment,
    Rate FeedbackSlaAttainment,
    Rate CandidateNoShowRate,
    Rate InterviewerNoShowRate,
    Rate LateCancellationRate,
    Rate PassRate,
    ValueList<CurrencyCosts> Costs,
    Utilization InterviewerUtilization,
    NetPromoterScore CandidateNps)
{
    public int InterviewsRequested => InterviewsByStatus.Sum(s => s.Count);

    /// <summary>The parts read (<see cref="MetricsCalculator.ComputeAsync(MetricsScope, MetricsParts, CancellationToken)"/>); the metrics of the others are not the window's.</summary>
    public MetricsParts Parts { get; init; } = MetricsParts.All;
}
