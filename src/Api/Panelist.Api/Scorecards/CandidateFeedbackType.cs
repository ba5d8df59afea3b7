using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Scorecards;

namespace Panelist.Api.Scorecards;

public sealed class CandidateFeedbackType : ObjectGraphType<CandidateFeedback>
{
    public CandidateFeedbackType()
    {
        Name = "CandidateFeedback";
        Description = "The candidate's 0–10 rating of the interview (the NPS question).";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(f => f.Score);
        Field(f => f.Comment);
        Field(f => f.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
    }
}
