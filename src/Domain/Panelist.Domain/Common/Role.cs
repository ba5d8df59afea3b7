namespace Panelist.Domain.Common;

/// <summary>Who a caller is to Panelist (DESIGN §4). A system or connector actor has no user role.</summary>
public enum Role
{
    PlatformAdmin,
    ClientAdmin,
    Recruiter,
    Analyst,
    Auditor,

    /// <summary>Platform staff who audit sampled interviews and run calibration sessions (DESIGN §4).</summary>
    QualityReviewer,
    Interviewer,
    System,

    /// <summary>No credentials: may do nothing.</summary>
    Anonymous,
}
