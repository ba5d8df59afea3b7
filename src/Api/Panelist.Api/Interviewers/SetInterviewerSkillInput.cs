using GraphQL;

namespace Panelist.Api.Interviewers;

public sealed record SetInterviewerSkillInput([property: Id] string InterviewerId, [property: Id] string SkillId, int Level, int Years);
