using GraphQL;

namespace Panelist.Api.Interviews;

public sealed record RequestInterviewInput([property: Id] string EngagementId, CandidateInput Candidate);
