using GraphQL;

namespace Panelist.Api.Interviews;

public sealed record CancelInterviewInput([property: Id] string InterviewId, string Reason);
