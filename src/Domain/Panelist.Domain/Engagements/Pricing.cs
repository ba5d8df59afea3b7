namespace Panelist.Domain.Engagements;

/// <summary>How interviews on an engagement are paid for, and the spend the client allows at most.</summary>
public sealed record Pricing(PricingModel Model, string Currency, decimal BudgetCap);
