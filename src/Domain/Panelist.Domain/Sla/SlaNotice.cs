using Panelist.Domain.Common;

namespace Panelist.Domain.Sla;

/// <summary>
/// The durable claim and record of one SLA notice. (InterviewId, Kind) is unique, and the row is inserted in the same
/// transaction as the notifications and the breach, so when replicas race for a due item one commits and the others
/// roll back: one reminder per item, never two.
/// </summary>
public sealed class SlaNotice : Entity, ITenantOwned
{
    private SlaNotice()
        : base(default(FromStore))
    {
    }

    internal SlaNotice(Guid organizationId, Guid interviewId, SlaNoticeKind kind, DateTime dueAt, string sentBy)
    {
        OrganizationId = organizationId;
        InterviewId = interviewId;
        Kind = kind;
        DueAt = dueAt;
        SentBy = sentBy;
    }

    public Guid OrganizationId { get; private set; }

    public Guid InterviewId { get; private set; }

    public SlaNoticeKind Kind { get; private set; }

    public DateTime DueAt { get; private set; }

    /// <summary>Which replica's job sent it (its machine and process), to see in a race who won.</summary>
    public string SentBy { get; private set; } = "";
}
