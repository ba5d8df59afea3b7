using GraphQL;

namespace Panelist.Api.Interviewers;

public sealed record RemoveInterviewerSkillInput([property: Id] string InterviewerId, [property: Id] string SkillId);
