using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Audits;

namespace Panelist.Api.Audits;

public sealed class AuditCheckpointType : ObjectGraphType<AuditCheckpoint>
{
    public AuditCheckpointType()
    {
        Name = "AuditCheckpoint";
        Description = "A signed head of the audit chain. Keep your own copy: verifyAuditTrail(since:) later proves the chain still extends it.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("organizationId").Description("The organization's global id, as the signed message spells it.")
            .Resolve(ctx => GlobalId.Encode("Organization", ctx.Source.OrganizationId));
        Field(c => c.Sequence).Description("The sequence of the head entry that was signed.");
        Field(c => c.Hash).Description("That entry's hash.");
        Field(c => c.SignedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(c => c.KeyId).Description("The signing key; its public key is in auditSigningKeys.");
        Field(c => c.Signature).Description("Ed25519 over signedMessage (UTF-8), base64.");
        Field<NonNullGraphType<StringGraphType>>("signedMessage")
            .Description("The exact text that was signed: six lines joined by line feeds, rebuildable from the fields above (see the README).")
            .Resolve(ctx => ctx.Source.Message());
    }
}
