namespace Panelist.Domain.Engagements;

public enum EngagementStatus
{
    Draft,
    Open,
    Active,
    Paused,
    Closed,
}
