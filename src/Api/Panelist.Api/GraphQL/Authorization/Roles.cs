using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Authorization;

/// <summary>The role sets of DESIGN §4, named once.</summary>
public static class Roles
{
    public static readonly Role[] Everyone = [Role.PlatformAdmin, Role.ClientAdmin, Role.Recruiter, Role.Analyst, Role.Auditor, Role.QualityReviewer, Role.Interviewer];

    /// <summary>Client-side staff who run engagements and interviews.</summary>
    public static readonly Role[] Staff = [Role.PlatformAdmin, Role.ClientAdmin, Role.Recruiter];

    /// <summary>Everyone on the client side, readers included, but no interviewer.</summary>
    public static readonly Role[] Organization = [Role.PlatformAdmin, Role.ClientAdmin, Role.Recruiter, Role.Analyst, Role.Auditor];

    public static readonly Role[] StaffAndInterviewers = [Role.PlatformAdmin, Role.ClientAdmin, Role.Recruiter, Role.Interviewer];

    /// <summary>Who may read evaluations (scorecards): no analyst, who works on aggregates only.</summary>
    public static readonly Role[] Evaluations = [Role.PlatformAdmin, Role.ClientAdmin, Role.Recruiter, Role.Auditor, Role.Interviewer];

    /// <summary>Who may read candidates' personal data; every read is audited.</summary>
    public static readonly Role[] PersonalData = [Role.PlatformAdmin, Role.ClientAdmin, Role.Recruiter, Role.Auditor];

    public static readonly Role[] AuditTrail = [Role.PlatformAdmin, Role.ClientAdmin, Role.Auditor];

    public static readonly Role[] PlatformAdmin = [Role.PlatformAdmin];

    /// <summary>Who audits interviews and runs calibration: platform staff reviewing samples.</summary>
    public static readonly Role[] QualityReviewers = [Role.PlatformAdmin, Role.QualityReviewer];

    /// <summary>Who reads audits, samples and reliability figures of an organization (quality reports, DESIGN §4).</summary>
    public static readonly Role[] QualityReaders = [Role.PlatformAdmin, Role.ClientAdmin, Role.Auditor, Role.QualityReviewer];

    /// <summary>Quality readers and the interviewers taking part in a calibration (they see what the blindness rule allows).</summary>
    public static readonly Role[] CalibrationParticipants = [Role.PlatformAdmin, Role.ClientAdmin, Role.Auditor, Role.QualityReviewer, Role.Interviewer];

    /// <summary>Who installs connectors and watches deliveries for an organization.</summary>
    public static readonly Role[] ConnectorAdmins = [Role.PlatformAdmin, Role.ClientAdmin];

    /// <summary>Who answers for the organization's data as its controller: erasure, legal holds, retention, exports.</summary>
    public static readonly Role[] Admins = [Role.PlatformAdmin, Role.ClientAdmin];

    public static readonly Role[] PlatformAdminAndInterviewers = [Role.PlatformAdmin, Role.Interviewer];

    public static readonly Role[] Interviewers = [Role.Interviewer];

    /// <summary>True when no role is refused; other role-gated fields must be nullable (only the refused field is null).</summary>
    public static bool IsEveryone(IReadOnlyCollection<Role> roles) => Everyone.All(roles.Contains);
}
