namespace Panelist.Domain.Scorecards;

/// <summary>The overall call, in the vocabulary of Merge's unified ATS model so every ATS can map it.</summary>
public enum Recommendation
{
    StrongNo,
    No,
    Yes,
    StrongYes,
    NoDecision,
}
