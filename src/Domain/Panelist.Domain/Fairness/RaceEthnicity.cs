namespace Panelist.Domain.Fairness;

/// <summary>Race/ethnicity as a candidate self-identifies it, in the EEO-1 categories (29 CFR 1607.4; LL144 uses the same).</summary>
public enum RaceEthnicity
{
    HispanicOrLatino,
    White,
    BlackOrAfricanAmerican,
    NativeHawaiianOrOtherPacificIslander,
    Asian,
    AmericanIndianOrAlaskaNative,
    TwoOrMoreRaces,

    /// <summary>The candidate chose not to say: counted as unknown, never compared.</summary>
    DeclineToAnswer,
}
