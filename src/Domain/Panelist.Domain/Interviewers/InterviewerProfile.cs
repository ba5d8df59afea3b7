namespace Panelist.Domain.Interviewers;

/// <summary>The public face of an interviewer, as entered on registration or profile edit.</summary>
public sealed record InterviewerProfile(string Name, string Email, string? Headline, string CountryCode, string TimeZone);
