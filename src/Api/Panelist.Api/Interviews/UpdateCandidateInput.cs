using GraphQL;

namespace Panelist.Api.Interviews;

public sealed record UpdateCandidateInput([property: Id] string InterviewId, CandidateInput Candidate);
