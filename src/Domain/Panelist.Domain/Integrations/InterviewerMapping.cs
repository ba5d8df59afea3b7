using Panelist.Domain.Common;

namespace Panelist.Domain.Integrations;

/// <summary>
/// Which vendor user an interviewer is at one installation's ATS, as a client admin set it. Connectors send
/// this id instead of the interviewer's e-mail address, which is private and never leaves Panelist.
/// </summary>
public sealed class InterviewerMapping : Entity, ITenantOwned
{
    public const int VendorUserIdLength = 200;

    private InterviewerMapping()
        : base(default(FromStore))
    {
    }

    public InterviewerMapping(Guid organizationId, Guid installationId, Guid interviewerId, string vendorUserId)
    {
        OrganizationId = organizationId;
        InstallationId = installationId;
        InterviewerId = interviewerId;
        Remap(vendorUserId);
    }

    public Guid OrganizationId { get; private set; }

    public Guid InstallationId { get; private set; }

    public Guid InterviewerId { get; private set; }

    /// <summary>The vendor's user id, as the vendor's API expects it.</summary>
    public string VendorUserId { get; private set; } = "";

    public void Remap(string vendorUserId) => VendorUserId = Guard.Required(vendorUserId, "vendorUserId", VendorUserIdLength);
}
