using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;

namespace Panelist.Domain.CandidatePages;

/// <summary>
/// Everything the candidate page shows, and nothing more: the candidate's first name (never their full name or
/// e-mail), the interviewer's first name and headline, the client's brand.
/// </summary>
public sealed record CandidatePageView(
    Guid InterviewId,
    string OrganizationName,
    OrganizationBranding? Branding,
    InterviewStatus Status,
    DateTime? ScheduledStart,
    DateTime? ScheduledEnd,
    string? JoinUrl,
    string? TimeZone,
    string? Language,
    string CandidateFirstName,
    string? InterviewerFirstName,
    string? InterviewerHeadline,
    bool FeedbackGiven,
    int RescheduleRequests);
