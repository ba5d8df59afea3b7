using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Audits;

namespace Panelist.Api.Audits;

public sealed class AuditVerificationType : ObjectGraphType<AuditVerification>
{
    public AuditVerificationType()
    {
        Name = "AuditVerification";
        Field(v => v.IsValid).Description("True when every entry still matches its hash and the chain is unbroken.");
        Field(v => v.EntriesChecked, type: typeof(NonNullGraphType<LongGraphType>));
        Field(v => v.FirstBrokenSequence, type: typeof(LongGraphType)).Description("The first entry that does not match.");
        Field<IdGraphType>("firstBrokenEntryId").Resolve(ctx => ctx.Source.FirstBrokenEntryId is { } id ? GlobalId.Encode("AuditEntry", id) : null);
        Field(v => v.Reason, nullable: true);
        Field(v => v.CheckpointSequence, type: typeof(LongGraphType)).Description("The signed head checked against (from `since`); null without one.");
    }
}
