using GraphQL.Types;
using Panelist.Api.Engagements;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Candidates;

namespace Panelist.Api.Candidates;

public sealed class LegalHoldType : ObjectGraphType<LegalHold>
{
    public LegalHoldType()
    {
        Name = "LegalHold";
        Description = "A preservation order on a candidate or an engagement: while active, nothing it covers is erased.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(h => h.Reason);
        Field<CandidateType>("candidate").Resolve(ctx => ctx.Source.CandidateId is { } id ? CandidateLoaders.Candidate(ctx, id) : null);
        Field<EngagementType>("engagement").Resolve(ctx => ctx.Source.EngagementId is { } id ? EngagementLoaders.Engagement(ctx, id) : null);
        Field(h => h.PlacedBy).Description("The subject of whoever placed it.");
        Field<NonNullGraphType<DateTimeGraphType>>("placedAt").Resolve(ctx => ctx.Source.CreatedAt);
        Field(h => h.ReleasedAt, type: typeof(DateTimeGraphType));
        Field(h => h.ReleasedBy, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("active").Resolve(ctx => ctx.Source.IsActive);
    }
}
