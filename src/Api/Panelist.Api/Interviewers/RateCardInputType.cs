using GraphQL.Types;

namespace Panelist.Api.Interviewers;

public sealed class RateCardInputType : InputObjectGraphType
{
    public RateCardInputType()
    {
        Name = "RateCardInput";
        Field<NonNullGraphType<StringGraphType>>("currency");
        Field<NonNullGraphType<DecimalGraphType>>("hourlyRate");
        Field<NonNullGraphType<DecimalGraphType>>("perInterviewRate");
    }
}
