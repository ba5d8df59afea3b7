namespace Panelist.Api.Engagements;

/// <summary>Part of a mutation input.</summary>
public sealed record ServiceLevelInput(int ScheduleWithinDays, int FeedbackWithinHours);
