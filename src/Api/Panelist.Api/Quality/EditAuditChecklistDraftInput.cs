using GraphQL;

namespace Panelist.Api.Quality;

public sealed record EditAuditChecklistDraftInput([property: Id] string ChecklistId, IReadOnlyList<AuditChecklistItemInput> Items, decimal PassMark);
