using GraphQL.Types;
using Panelist.Domain.Interviewers;

namespace Panelist.Api.Interviewers;

public sealed class RateCardType : ObjectGraphType<RateCard>
{
    public RateCardType()
    {
        Name = "RateCard";
        Description = "What the interviewer charges.";
        Field(r => r.Currency).Description("ISO 4217.");
        Field(r => r.HourlyRate);
        Field(r => r.PerInterviewRate);
    }
}
