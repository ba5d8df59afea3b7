namespace Panelist.Domain.Notifications;

/// <summary>What a notification's template shows about its subject, read once per notification.</summary>
public sealed record NotificationFacts(string OrganizationName, string EngagementTitle, Guid? InterviewId, DateTime? Start, DateTime? End);
