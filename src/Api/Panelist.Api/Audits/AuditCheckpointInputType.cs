using GraphQL.Types;
using Panelist.Domain.Audits;

namespace Panelist.Api.Audits;

/// <summary>A checkpoint as the client kept it; checked by its signature, not looked up.</summary>
public sealed class AuditCheckpointInputType : InputObjectGraphType<AuditCheckpointClaim>
{
    public AuditCheckpointInputType()
    {
        Name = "AuditCheckpointInput";
        Description = "Your copy of an audit checkpoint, field for field as auditCheckpoints returned it.";
        Field<NonNullGraphType<LongGraphType>>("sequence");
        Field<NonNullGraphType<StringGraphType>>("hash");
        Field<NonNullGraphType<DateTimeGraphType>>("signedAt");
        Field<NonNullGraphType<StringGraphType>>("keyId");
        Field<NonNullGraphType<StringGraphType>>("signature");
    }
}
