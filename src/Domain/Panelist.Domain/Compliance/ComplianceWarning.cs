namespace Panelist.Domain.Compliance;

/// <summary>Something in an interviewer's compliance record that lapses soon, has lapsed, or needs a decision.</summary>
/// <param name="InterviewerId">Whose record.</param>
/// <param name="Kind">What is due.</param>
/// <param name="Message">For people.</param>
/// <param name="DueAt">When it lapses or lapsed; null for a review, which has no date.</param>
/// <param name="DaysLeft">Whole days until <paramref name="DueAt"/>, negative once past.</param>
/// <param name="RubricId">The rubric of a certification warning.</param>
/// <param name="Jurisdiction">The jurisdiction of a classification warning.</param>
public sealed record ComplianceWarning(Guid InterviewerId, ComplianceWarningKind Kind, string Message, DateTime? DueAt, int? DaysLeft, Guid? RubricId, string? Jurisdiction);
