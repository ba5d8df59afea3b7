namespace Panelist.Domain.Threads;

/// <summary>A thread as its subject defines it: an engagement's (no interview) or one interview's.</summary>
public sealed record ThreadScope(Guid ThreadId, Guid OrganizationId, Guid EngagementId, Guid? InterviewId);
