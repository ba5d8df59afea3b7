using Panelist.Domain.Interviews;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Metrics;

/// <summary>The columns of one interview (with its scorecard and feedback) that the metrics read; no personal data.</summary>
internal sealed record InterviewFacts(
    Guid EngagementId,
    InterviewStatus Status,
    DateTime RequestedAt,
    DateTime? ScheduledAt,
    DateTime? ScheduledStart,
    DateTime? ScheduledEnd,
    DateTime? CompletedAt,
    DateTime? CancelledAt,
    decimal Cost,
    string Currency,
    DateTime? ScorecardSubmittedAt,
    Recommendation? Recommendation,
    int? FeedbackScore);
