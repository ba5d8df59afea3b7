using GraphQL.Types;

namespace Panelist.Api.Engagements;

public sealed class EngagementBudgetType : ObjectGraphType<EngagementBudget>
{
    public EngagementBudgetType()
    {
        Name = "EngagementBudget";
        Description = "The engagement's budget as scheduling counts it; amounts in the engagement's currency.";
        Field(b => b.Cap).Description("The budget cap (pricing.budgetCap).");
        Field(b => b.Committed).Description("The cost of the interviews that count against the cap: scheduled, completed, or a candidate no-show.");
        Field(b => b.Remaining).Description("cap − committed: the most the next interview may cost.");
        Field(b => b.Currency).Description("ISO 4217.");
    }
}
