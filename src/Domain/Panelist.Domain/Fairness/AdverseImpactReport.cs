namespace Panelist.Domain.Fairness;

/// <summary>
/// Adverse impact of the human decisions in a scope: selection rates by sex, by race/ethnicity and by their
/// intersection. A decision is one submitted scorecard's current recommendation: YES/STRONG_YES selected,
/// NO/STRONG_NO not selected, NO_DECISION left out (and counted in <see cref="NoDecision"/>).
/// </summary>
/// <param name="Scorecards">Submitted scorecards in scope, NO_DECISION included.</param>
/// <param name="NoDecision">Of those, NO_DECISION: excluded from every rate.</param>
/// <param name="Assessed">Decisions (scorecards minus NO_DECISION), known demographics or not.</param>
/// <param name="Selected">Of those, YES or STRONG_YES.</param>
/// <param name="ExcludeBelowShare">The small-category share applied; null when no exclusion was asked for.</param>
public sealed record AdverseImpactReport(
    Guid OrganizationId,
    Guid? EngagementId,
    Guid? InterviewerId,
    Guid? RubricVersionId,
    DateTime From,
    DateTime To,
    int Scorecards,
    int NoDecision,
    int Assessed,
    int Selected,
    int MinimumCellSize,
    double? ExcludeBelowShare,
    string? ExclusionJustification,
    AdverseImpactTable Sex,
    AdverseImpactTable RaceEthnicity,
    AdverseImpactTable Intersection)
{
    public const string SelectionRule = "Selected = the scorecard's recommendation is YES or STRONG_YES; not selected = NO or STRONG_NO; "
        + "NO_DECISION is excluded from every count and rate (see noDecision). One submitted scorecard is one decision.";
}
