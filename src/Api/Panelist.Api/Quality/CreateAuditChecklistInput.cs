using System.ComponentModel;

namespace Panelist.Api.Quality;

public sealed record CreateAuditChecklistInput([property: Description("A new name starts at version 1; an existing one gets its next version.")] string Name,
    IReadOnlyList<AuditChecklistItemInput> Items, [property: Description("The weighted pass share (0–1] an interview needs.")] decimal PassMark);
