using GraphQL;

namespace Panelist.Api.Interviewers;

public sealed record CertifyInterviewerInput([property: Id] string InterviewerId, [property: Id] string RubricId, DateTimeOffset CertifiedAt, DateTimeOffset ExpiresAt);
