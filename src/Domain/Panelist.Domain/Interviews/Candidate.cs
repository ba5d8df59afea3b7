namespace Panelist.Domain.Interviews;

/// <summary>
/// The person interviewed. Personal data: shown only to roles that need it, and every read by an
/// auditor or admin is itself audited.
/// </summary>
public sealed record Candidate(string Name, string Email, string? AtsCandidateId, string? AtsApplicationId);
