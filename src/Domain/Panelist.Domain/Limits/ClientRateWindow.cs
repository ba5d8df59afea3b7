namespace Panelist.Domain.Limits;

/// <summary>
/// Requests granted to one API client (token subject, or address) in the current fixed window, summed over every
/// replica: each replica leases slices of the client's budget here (<see cref="ClientRateBudget"/>), so N replicas
/// never allow N times the rate. The window is the database's clock, the same for every replica.
/// </summary>
public sealed class ClientRateWindow
{
    public string ClientKey { get; set; } = "";

    public DateTime WindowStart { get; set; }

    /// <summary>Permits handed out in slices this window; it may pass the limit by the slices that were refused.</summary>
    public int Used { get; set; }
}
