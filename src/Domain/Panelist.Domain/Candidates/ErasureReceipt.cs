using Panelist.Domain.Common;

namespace Panelist.Domain.Candidates;

/// <summary>
/// One processor's part of one erasure: Panelist itself, or one connector installation (the client's ATS).
/// Together they answer "was the person erased everywhere?".
/// </summary>
public sealed class ErasureReceipt : Entity, ITenantOwned
{
    /// <summary>The processor name of Panelist's own store.</summary>
    public const string PanelistProcessor = "panelist";

    private ErasureReceipt()
        : base(default(FromStore))
    {
    }

    internal ErasureReceipt(Guid organizationId, Guid candidateId, string processor, Guid? installationId, Guid? eventId)
    {
        OrganizationId = organizationId;
        CandidateId = candidateId;
        Processor = processor;
        InstallationId = installationId;
        EventId = eventId;
        Status = ErasureStatus.Pending;
    }

    public Guid OrganizationId { get; private set; }

    public Guid CandidateId { get; private set; }

    /// <summary><see cref="PanelistProcessor"/>, or the installation's connector id.</summary>
    public string Processor { get; private set; } = "";

    public Guid? InstallationId { get; private set; }

    /// <summary>The integration event that carries the erasure to the installation.</summary>
    public Guid? EventId { get; private set; }

    public ErasureStatus Status { get; private set; }

    public string? Detail { get; private set; }

    public DateTime? SettledAt { get; private set; }

    internal void Settle(ErasureStatus status, string? detail, DateTime now)
    {
        Status = status;
        Detail = detail is null ? null : Integrations.BoundedText.Fit(detail, 500);
        SettledAt = status == ErasureStatus.Pending ? null : now;
    }
}
