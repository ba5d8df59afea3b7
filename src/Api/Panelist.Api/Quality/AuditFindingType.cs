using GraphQL.Types;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Api.Quality;

public sealed class AuditFindingType : ObjectGraphType<AuditFinding>
{
    public AuditFindingType()
    {
        Name = "AuditFinding";
        Field(f => f.ItemKey);
        Field(f => f.Passed);
        Field(f => f.Note);
    }
}
