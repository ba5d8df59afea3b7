namespace Panelist.Domain.Scorecards;

public enum ScorecardStatus
{
    Draft,
    Submitted,
    Amended,
}
