using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Interviews;

namespace Panelist.Api.CandidatePages;

public sealed class RescheduleRequestType : ObjectGraphType<RescheduleRequest>
{
    public RescheduleRequestType()
    {
        Name = "RescheduleRequest";
        Description = "A candidate's request, from the candidate page, to move the interview.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(r => r.Message).Description("The candidate's own words; they may contain personal data.");
        Field(r => r.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
    }
}
