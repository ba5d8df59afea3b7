namespace Panelist.Domain.Audits;

/// <summary>
/// The tip of one organization's chain. Appends lock this row, so concurrent requests on several
/// replicas append one after another, and a deleted tail entry is still noticed by verification.
/// </summary>
public sealed class AuditChainHead
{
    public Guid OrganizationId { get; set; }

    public long LastSequence { get; set; }

    public string LastHash { get; set; } = "";
}
