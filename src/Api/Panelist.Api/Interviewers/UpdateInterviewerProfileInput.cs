using GraphQL;

namespace Panelist.Api.Interviewers;

public sealed record UpdateInterviewerProfileInput([property: Id] string InterviewerId, string Name, string? Headline, string CountryCode, string TimeZone);
