namespace Panelist.Api.CandidatePages;

/// <summary>What a candidate link says once its signature checks: one interview of one organization, until a time.</summary>
public sealed record CandidateLink(Guid OrganizationId, Guid InterviewId, DateTimeOffset ExpiresAt);
