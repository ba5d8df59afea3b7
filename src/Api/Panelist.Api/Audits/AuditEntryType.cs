using GraphQL.Types;
using Panelist.Api.Auth;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Audits;

namespace Panelist.Api.Audits;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One link of the organization's tamper-evident trail.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(e => e.Sequence);
        Field(e => e.OccurredAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field<NonNullGraphType<StringGraphType>>("actorType").Resolve(ctx => ctx.Source.ActorType.ToString().ToUpperInvariant());
        Field(e => e.ActorId);
        Field<NonNullGraphType<StringGraphType>>("actorRole").Resolve(ctx => PanelistClaims.RoleName(ctx.Source.ActorRole));
        Field(e => e.Action).Description("subject.verb, e.g. scorecard.submitted or connector.installed.");
        Field(e => e.SubjectType);
        Field<NonNullGraphType<StringGraphType>>("subjectId").Description("The subject's global id.")
            .Resolve(ctx => Guid.TryParse(ctx.Source.SubjectId, out var id) ? GlobalId.Encode(ctx.Source.SubjectType, id) : ctx.Source.SubjectId);
        Field(e => e.Summary).Description("The change as JSON, personal data and secrets left out.");
        Field(e => e.RequestId);
        Field(e => e.PreviousHash);
        Field(e => e.Hash).Description("SHA-256 over previousHash and this entry's canonical JSON.");
    }
}
