namespace Panelist.Domain.Quality.Audits;

/// <summary>Which share of the sampling policy picked an interviewer's interviews.</summary>
public enum AuditSampleReason
{
    Base,
    NewInterviewer,
    Flagged,
}
