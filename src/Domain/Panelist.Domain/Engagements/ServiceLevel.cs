namespace Panelist.Domain.Engagements;

/// <summary>What the client was promised: schedule a requested interview within N days, feedback within N hours.</summary>
public sealed record ServiceLevel(int ScheduleWithinDays, int FeedbackWithinHours);
