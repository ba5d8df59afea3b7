using Panelist.Domain.Common;

namespace Panelist.Domain.Quality.Audits;

/// <summary>
/// The interviews drawn for audit from one organization's interviews completed in [WindowStart, WindowEnd).
/// Drawn once per window and recorded, so every reviewer works from the same sample.
/// </summary>
public sealed class AuditSample : Entity, ITenantOwned
{
    private AuditSample()
        : base(default(FromStore))
    {
    }

    internal AuditSample(Guid organizationId, DateTime windowStart, DateTime windowEnd, string drawnBy, IReadOnlyList<AuditSampleItem> items, Guid? id = null)
        : base(id)
    {
        OrganizationId = organizationId;
        WindowStart = windowStart;
        WindowEnd = windowEnd;
        DrawnBy = drawnBy;
        Items = [.. items];
    }

    public Guid OrganizationId { get; private set; }

    public DateTime WindowStart { get; private set; }

    public DateTime WindowEnd { get; private set; }

    public string DrawnBy { get; private set; } = "";

    public List<AuditSampleItem> Items { get; private set; } = [];
}
