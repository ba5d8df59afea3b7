using GraphQL.Types;

namespace Panelist.Api.Engagements;

public sealed class PricingInputType : InputObjectGraphType
{
    public PricingInputType()
    {
        Name = "PricingInput";
        Field<NonNullGraphType<PricingModelType>>("model");
        Field<NonNullGraphType<StringGraphType>>("currency");
        Field<NonNullGraphType<DecimalGraphType>>("budgetCap");
    }
}
