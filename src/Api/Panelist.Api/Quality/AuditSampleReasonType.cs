using GraphQL.Types;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Api.Quality;

public sealed class AuditSampleReasonType : EnumerationGraphType<AuditSampleReason>
{
    public AuditSampleReasonType() => Name = "AuditSampleReason";
}
