using GraphQL;

namespace Panelist.Api.Interviews;

public sealed record CompleteInterviewInput([property: Id] string InterviewId);
