namespace Panelist.Domain.Compliance;

/// <summary>What a classification test concluded.</summary>
public enum ClassificationOutcome
{
    Contractor,
    Employee,

    /// <summary>The evidence does not decide (an unknown factor, a balance that tips neither way, or no test applied).</summary>
    NeedsReview,
}
