using GraphQL.Types;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Api.Quality;

public sealed class AuditChecklistItemType : ObjectGraphType<AuditChecklistItem>
{
    public AuditChecklistItemType()
    {
        Name = "AuditChecklistItem";
        Field(i => i.Key).Description("Stable key that findings refer to.");
        Field(i => i.Title);
        Field(i => i.Weight);
    }
}
