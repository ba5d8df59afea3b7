namespace Panelist.Domain.Engagements.Matching;

/// <param name="Score">Σ contribution, 0–1.</param>
/// <param name="Assigned">Already invited to or on the engagement.</param>
public sealed record InterviewerMatch(int Rank, Guid InterviewerId, double Score, bool Assigned, IReadOnlyList<MatchFactor> Factors);
