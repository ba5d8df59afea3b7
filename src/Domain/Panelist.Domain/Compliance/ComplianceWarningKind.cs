namespace Panelist.Domain.Compliance;

public enum ComplianceWarningKind
{
    /// <summary>The contract ends within the warning window; after that the interviewer is out of matching.</summary>
    ContractExpiring,

    /// <summary>The contract has ended: the interviewer is excluded from assignment and booking.</summary>
    ContractExpired,

    CertificationExpiring,

    /// <summary>The certification has lapsed: the interviewer is excluded from engagements on that rubric.</summary>
    CertificationExpired,

    /// <summary>The current classification in a jurisdiction was declared without a test, or its test could not decide.</summary>
    ClassificationNeedsReview,
}
