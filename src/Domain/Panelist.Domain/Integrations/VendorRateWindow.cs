namespace Panelist.Domain.Integrations;

/// <summary>
/// Calls made to one installation's ATS in the current fixed window. Kept in the database so every
/// dispatcher, on every replica, draws from the same allowance: N replicas never send N times the vendor's limit.
/// </summary>
public sealed class VendorRateWindow
{
    public Guid InstallationId { get; set; }

    public DateTime WindowStart { get; set; }

    public int Used { get; set; }
}
