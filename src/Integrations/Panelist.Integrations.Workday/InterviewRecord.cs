namespace Panelist.Integrations.Workday;

/// <summary>What Workday returned for an interview Panelist scheduled: the interview event's WID and, when the answer names it, the session's.</summary>
internal sealed record InterviewRecord(string EventWid, string? SessionWid);
