using GraphQL;

namespace Panelist.Api.Quality;

public sealed record AuditInterviewInput([property: Id] string InterviewId, [property: Id] string ChecklistId, IReadOnlyList<AuditFindingInput> Findings);
