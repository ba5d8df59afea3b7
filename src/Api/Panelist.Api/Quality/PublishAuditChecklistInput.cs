using GraphQL;

namespace Panelist.Api.Quality;

public sealed record PublishAuditChecklistInput([property: Id] string ChecklistId);
