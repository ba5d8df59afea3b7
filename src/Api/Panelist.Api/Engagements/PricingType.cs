using GraphQL.Types;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public sealed class PricingType : ObjectGraphType<Pricing>
{
    public PricingType()
    {
        Name = "Pricing";
        Field(p => p.Model, type: typeof(NonNullGraphType<PricingModelType>));
        Field(p => p.Currency).Description("ISO 4217.");
        Field(p => p.BudgetCap).Description("Scheduling never silently exceeds it (BUDGET_EXCEEDED).");
    }
}
