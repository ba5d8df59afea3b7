namespace Panelist.Domain.Candidates;

/// <summary>What one retention run did in one organization.</summary>
/// <param name="Expired">Candidates whose last interview is older than the policy allows.</param>
/// <param name="Erased">Of those, erased now.</param>
/// <param name="Held">Of those, kept because a legal hold covers them.</param>
public sealed record RetentionReport(Guid OrganizationId, DateTime RanAt, int? RetentionMonths, int Expired, int Erased, int Held);
