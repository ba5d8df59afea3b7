namespace Panelist.Domain.Fairness;

/// <summary>Where a candidate's demographics came from.</summary>
public enum DemographicSource
{
    /// <summary>The candidate answered the voluntary form on their candidate page.</summary>
    SelfIdentified,

    /// <summary>A client admin imported what the candidate told the client's ATS.</summary>
    AtsImport,
}
