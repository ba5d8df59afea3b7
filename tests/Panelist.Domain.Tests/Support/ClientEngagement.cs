namespace Panelist.Domain.Tests.Support;

/// <summary>A client organization, one of its Active engagements and an interviewer's accepted assignment on it.</summary>
public sealed record ClientEngagement(Guid OrganizationId, Guid EngagementId, Guid AssignmentId);
