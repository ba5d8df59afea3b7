namespace Panelist.Domain.Fairness;

/// <summary>Sex as a candidate self-identifies it, in the EEO-1 categories LL144 bias audits use.</summary>
public enum Sex
{
    Female,
    Male,

    /// <summary>The candidate chose not to say: counted as unknown, never compared.</summary>
    DeclineToAnswer,
}
