using GraphQL.Types;
using Panelist.Domain.Metrics;

namespace Panelist.Api.Metrics;

public sealed class CurrencyCostsType : ObjectGraphType<CurrencyCosts>
{
    public CurrencyCostsType()
    {
        Name = "CurrencyCosts";
        Description = "Money in one ISO 4217 currency; amounts in different currencies are never added.";
        Field(c => c.Currency);
        Field(c => c.Total).Description("Σ cost of interviews held in the window (completedAt): completed and candidate no-shows; interviewer no-shows and cancellations cost 0.");
        Field(c => c.CompletedInterviews).Description("Interviews in this currency completed in the window (completedAt).");
        Field(c => c.PerCompletedInterview, nullable: true).Description("total / completedInterviews, to 4 decimals; null when none completed.");
        Field(c => c.Committed).Description("Σ cost of every billable interview (SCHEDULED, COMPLETED, NO_SHOW_CANDIDATE) of the engagements in scope, whenever held; not windowed: the budget cap is checked against it.");
        Field(c => c.Budget).Description("Σ budgetCap of the engagements in scope paying in this currency; not windowed.");
        Field(c => c.BudgetUsed, nullable: true).Description("Spend against budget: committed / budget; null when the budget is 0.");
    }
}
