using GraphQL;

namespace Panelist.Api.Interviewers;

public sealed record RecordInterviewerContractInput([property: Id] string InterviewerId, DateTimeOffset SignedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? NdaSignedAt);
