using GraphQL;

namespace Panelist.Api.Interviewers;

public sealed record RemoveInterviewerLanguageInput([property: Id] string InterviewerId, string Code);
