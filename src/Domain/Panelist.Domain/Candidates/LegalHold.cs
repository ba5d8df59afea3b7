using Panelist.Domain.Common;

namespace Panelist.Domain.Candidates;

/// <summary>
/// A preservation order (litigation, a regulator's request) on a candidate or on a whole engagement: while it is
/// in force, nothing it covers may be erased, neither on request nor by retention.
/// </summary>
public sealed class LegalHold : Entity, ITenantOwned
{
    private LegalHold()
        : base(default(FromStore))
    {
    }

    internal LegalHold(Guid organizationId, Guid? candidateId, Guid? engagementId, string reason, string placedBy)
    {
        OrganizationId = organizationId;
        CandidateId = candidateId;
        EngagementId = engagementId;
        Reason = Guard.Required(reason, "reason", 500);
        PlacedBy = placedBy;
    }

    public Guid OrganizationId { get; private set; }

    public Guid? CandidateId { get; private set; }

    public Guid? EngagementId { get; private set; }

    public string Reason { get; private set; } = "";

    public string PlacedBy { get; private set; } = "";

    public DateTime? ReleasedAt { get; private set; }

    public string? ReleasedBy { get; private set; }

    public bool IsActive => ReleasedAt is null;

    internal void Release(string releasedBy, DateTime now)
    {
        if (!IsActive)
        {
            throw new DomainRuleException(ErrorCodes.LegalHoldReleased, "This legal hold was already released.", "legalHoldId");
        }

        ReleasedAt = now;
        ReleasedBy = releasedBy;
    }
}
