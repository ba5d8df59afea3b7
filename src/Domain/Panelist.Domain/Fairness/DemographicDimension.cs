namespace Panelist.Domain.Fairness;

/// <summary>The partitions an adverse-impact report compares: each candidate is in exactly one cell of each.</summary>
public enum DemographicDimension
{
    Sex,
    RaceEthnicity,

    /// <summary>Sex × race/ethnicity (LL144's intersectional categories).</summary>
    Intersection,
}
