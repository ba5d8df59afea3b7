using GraphQL.Types;
using Panelist.Domain.Metrics;

namespace Panelist.Api.Metrics;

public sealed class RateType : ObjectGraphType<Rate>
{
    public RateType()
    {
        Name = "Rate";
        Description = "A share with its parts: value = numerator / denominator, from 0 to 1.";
        Field(r => r.Numerator);
        Field(r => r.Denominator);
        Field(r => r.Value, nullable: true).Description("numerator / denominator; null (not 0) when the denominator is 0.");
    }
}
