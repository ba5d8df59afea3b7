namespace Panelist.Domain.Metrics;

/// <summary>Money in one currency: amounts in different currencies are never added.</summary>
/// <param name="Total">Cost of the interviews held in the window (completed and candidate no-shows; an interviewer no-show costs nothing).</param>
/// <param name="CompletedInterviews">Interviews in this currency completed in the window.</param>
/// <param name="PerCompletedInterview">Total / completed interviews, to 4 decimals; null with none completed.</param>
/// <param name="Committed">Cost of every billable interview (scheduled, completed, candidate no-show) of the engagements in scope, whenever held: what the budget cap is checked against.</param>
/// <param name="Budget">The budget caps of the engagements in scope that pay in this currency.</param>
/// <param name="BudgetUsed">Committed / budget; null when the budget is 0.</param>
public sealed record CurrencyCosts(string Currency, decimal Total, int CompletedInterviews, decimal? PerCompletedInterview, decimal Committed, decimal Budget, double? BudgetUsed);
