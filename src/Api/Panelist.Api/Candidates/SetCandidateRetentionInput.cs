namespace Panelist.Api.Candidates;

/// <param name="Months">1–120 months after a candidate's last interview; null keeps candidates until erased on request.</param>
public sealed record SetCandidateRetentionInput(int? Months);
