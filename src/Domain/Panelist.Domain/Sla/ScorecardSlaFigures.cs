namespace Panelist.Domain.Sla;

/// <summary>An interviewer's scorecard SLA record: submitted by the due time, submitted or still missing after it, not yet due.</summary>
public sealed record ScorecardSlaFigures(int OnTime, int Late, int Open, int Breached);
