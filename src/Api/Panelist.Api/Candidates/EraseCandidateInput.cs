using GraphQL;

namespace Panelist.Api.Candidates;

public sealed record EraseCandidateInput([property: Id] string CandidateId);
