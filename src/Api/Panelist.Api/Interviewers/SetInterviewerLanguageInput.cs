using GraphQL;
using Panelist.Domain.Interviewers;

namespace Panelist.Api.Interviewers;

public sealed record SetInterviewerLanguageInput([property: Id] string InterviewerId, string Code, LanguageLevel Level);
