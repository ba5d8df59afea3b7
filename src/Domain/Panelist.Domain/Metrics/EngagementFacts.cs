namespace Panelist.Domain.Metrics;

/// <summary>The terms of one engagement that the metrics read.</summary>
internal sealed record EngagementFacts(
    Guid Id,
    string Currency,
    decimal BudgetCap,
    int ScheduleWithinDays,
    int FeedbackWithinHours,
    int WeeklyCapacity,
    DateTime StartsAt,
    DateTime? EndsAt,
    DateTime? ClosedAt);
