using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

/// <summary>Part of a mutation input.</summary>
public sealed record PricingInput(PricingModel Model, string Currency, decimal BudgetCap);
