namespace Panelist.Api.Interviewers;

public sealed record RegisterInterviewerInput(string Name, string Email, string? Headline, string CountryCode, string TimeZone, RateCardInput RateCard);
