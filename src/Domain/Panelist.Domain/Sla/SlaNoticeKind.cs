namespace Panelist.Domain.Sla;

/// <summary>The notices the SLA job sends; each is sent at most once per interview.</summary>
public enum SlaNoticeKind
{
    /// <summary>At the scorecard's due time: a reminder to the interviewer.</summary>
    ScorecardDue,

    /// <summary>The scorecard is still missing after the grace period: the breach is recorded and the recruiter is told.</summary>
    ScorecardLate,

    /// <summary>The interview is still unbooked at the end of the scheduling window: the breach is recorded and the recruiter is told.</summary>
    SchedulingLate,
}
