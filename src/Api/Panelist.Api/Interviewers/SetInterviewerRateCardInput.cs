using GraphQL;

namespace Panelist.Api.Interviewers;

public sealed record SetInterviewerRateCardInput([property: Id] string InterviewerId, RateCardInput RateCard);
