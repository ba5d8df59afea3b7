namespace Panelist.Domain.Compliance;

/// <summary>What a rate pays for.</summary>
public enum RateUnit
{
    PerHour,
    PerInterview,
}
