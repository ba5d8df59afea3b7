using GraphQL.Types;
using Panelist.Api.Engagements;
using Panelist.Api.GraphQL.Projection;
using Panelist.Domain.Metrics;

namespace Panelist.Api.Metrics;

/// <summary>The metrics of one scope; each field's description is its formula (README "For analysts" explains them).</summary>
public sealed class MetricsSnapshotType : ObjectGraphType<MetricsSnapshot>
{
    private const string Resolved = "Resolved bookings: booked interviews whose outcome fell in the window — COMPLETED, NO_SHOW_CANDIDATE and "
        + "NO_SHOW_INTERVIEWER by completedAt, CANCELLED after booking by cancelledAt.";

    public MetricsSnapshotType()
    {
        Name = "MetricsSnapshot";
        Description = "Aggregates over your organization's interviews (never candidate data). Rates are 0–1 and null when nothing was counted. "
            + "Each metric says which instant of an interview must fall in the window [from, to).";
        Field<EngagementType>("engagement").Description("The engagement measured; null for the whole organization.")
            .Resolve(ctx => ctx.Source.EngagementId is { } id ? EngagementLoaders.Engagement(ctx, id) : null).Reads(nameof(MetricsSnapshot.EngagementId));
        Field(m => m.From, type: typeof(NonNullGraphType<DateTimeGraphType>)).Description("Window start (inclusive), resolved.");
        Field(m => m.To, type: typeof(NonNullGraphType<DateTimeGraphType>)).Description("Window end (exclusive), resolved.");
        Field(m => m.InterviewsRequested).Description("Interviews whose requestedAt is in the window.");
        Field(m => m.InterviewsByStatus, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StatusCountType>>>))
            .Description("Interviews whose requestedAt is in the window, by current status; every status, in workflow order.");
        Field(m => m.TimeToSchedule, type: typeof(NonNullGraphType<DurationSummaryType>))
            .Description("scheduledAt (first booking) − requestedAt, over interviews requested in the window and booked since.");
        Field(m => m.FeedbackTurnaround, type: typeof(NonNullGraphType<DurationSummaryType>)).Resolve(ctx => Reviewed(ctx.Source).FeedbackTurnaround)
            .Description("First scorecard submission − interview end, over COMPLETED interviews whose completedAt is in the window; "
                + "the end is scheduledEnd, or completedAt when completion was recorded before it. Amendments do not move it.");
        Rate("scheduleSlaAttainment", nameof(MetricsSnapshot.ScheduleSlaAttainment), m => m.ScheduleSlaAttainment,
            "Booked within serviceLevel.scheduleWithinDays of the request / interviews requested in the window that are booked or whose deadline "
            + "(requestedAt + scheduleWithinDays) has passed, leaving out those cancelled before booking. Each engagement's current service level applies.");
        Rate("feedbackSlaAttainment", nameof(MetricsSnapshot.FeedbackSlaAttainment), m => Reviewed(m).FeedbackSlaAttainment,
            "Scorecard submitted within serviceLevel.feedbackWithinHours of the interview end / COMPLETED interviews (completedAt in the window) "
            + "that have a submitted scorecard or whose deadline (end + feedbackWithinHours) has passed.");
        Rate("candidateNoShowRate", nameof(MetricsSnapshot.CandidateNoShowRate), m => m.CandidateNoShowRate, $"NO_SHOW_CANDIDATE / resolved bookings. {Resolved}");
        Rate("interviewerNoShowRate", nameof(MetricsSnapshot.InterviewerNoShowRate), m => m.InterviewerNoShowRate, $"NO_SHOW_INTERVIEWER / resolved bookings. {Resolved}");
        Rate("lateCancellationRate", nameof(MetricsSnapshot.LateCancellationRate), m => m.LateCancellationRate,
            $"Cancellations with scheduledStart − cancelledAt < 24 h (after the start included) / resolved bookings. {Resolved}");
        Rate("passRate", nameof(MetricsSnapshot.PassRate), m => Reviewed(m).PassRate,
            "Scorecards recommending YES or STRONG_YES / submitted scorecards (their current revision; NO_DECISION counts in the denominator) "
            + "of COMPLETED interviews whose completedAt is in the window.");
        Field(m => m.Costs, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CurrencyCostsType>>>))
            .Description("Cost total, cost per completed interview and spend against budget, one entry per currency (in currency order).");
        Field(m => m.InterviewerUtilization, type: typeof(NonNullGraphType<UtilizationType>))
            .Description("Billable interviews starting in the window / Σ engagement weeklyCapacity × days the engagement ran in the window / 7.");
        Field(m => m.CandidateNps, type: typeof(NonNullGraphType<NetPromoterScoreType>)).Resolve(ctx => Reviewed(ctx.Source).CandidateNps)
            .Description("Candidate NPS: % of scores 9–10 − % of scores 0–6, over candidate feedback on COMPLETED interviews whose completedAt is in the window.");
    }

    /// <summary>The metrics that read scorecards and feedback (<see cref="MetricsParts.Reviews"/>), by property.</summary>
    public static readonly IReadOnlySet<string> ReviewBased = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(MetricsSnapshot.FeedbackTurnaround), nameof(MetricsSnapshot.FeedbackSlaAttainment), nameof(MetricsSnapshot.PassRate),
        nameof(MetricsSnapshot.CandidateNps),
    };

    /// <summary>The snapshot, which must hold its reviews for a review-based metric (the query asks for them when one is selected).</summary>
    private static MetricsSnapshot Reviewed(MetricsSnapshot snapshot) => snapshot.Parts.HasFlag(MetricsParts.Reviews)
        ? snapshot
        : throw new InvalidOperationException("A review-based metric was resolved from a snapshot computed without reviews.");

    private void Rate(string name, string property, Func<MetricsSnapshot, Rate> rate, string formula) =>
        Field<NonNullGraphType<RateType>>(name).Description(formula).Resolve(ctx => rate(ctx.Source)).Reads(property);
}
