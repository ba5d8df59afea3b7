namespace Panelist.Domain.Integrations;

public enum InstallationStatus
{
    Active,
    Disabled,

    /// <summary>The circuit breaker is open: deliveries wait until the ATS answers again.</summary>
    Failing,
}
