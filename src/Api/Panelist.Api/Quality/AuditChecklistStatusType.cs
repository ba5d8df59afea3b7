using GraphQL.Types;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Api.Quality;

public sealed class AuditChecklistStatusType : EnumerationGraphType<AuditChecklistStatus>
{
    public AuditChecklistStatusType() => Name = "AuditChecklistStatus";
}
