namespace Panelist.Api.Engagements;

/// <summary>An engagement's budget as scheduling sees it: the cap, what is committed against it, what is left.</summary>
public sealed record EngagementBudget(decimal Cap, decimal Committed, string Currency)
{
    public decimal Remaining => Cap - Committed;
}
