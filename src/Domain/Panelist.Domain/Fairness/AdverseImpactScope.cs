namespace Panelist.Domain.Fairness;

/// <summary>
/// Which human decisions to compare: the caller's organization's submitted scorecards (always), optionally of one
/// engagement, one interviewer and one rubric version (any combination), submitted in the half-open window
/// [<see cref="From"/>, <see cref="To"/>) (default: the year up to now).
/// </summary>
/// <param name="MinimumCellSize">Cells with fewer decisions are suppressed; null takes the configured default.</param>
/// <param name="ExclusionJustification">When given, categories under the configured share (2%) are left out of the impact ratios, with this reason, which is audited.</param>
public sealed record AdverseImpactScope(
    Guid? EngagementId = null,
    Guid? InterviewerId = null,
    Guid? RubricVersionId = null,
    DateTime? From = null,
    DateTime? To = null,
    int? MinimumCellSize = null,
    string? ExclusionJustification = null);
