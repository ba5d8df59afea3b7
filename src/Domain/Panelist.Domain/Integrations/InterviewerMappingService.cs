using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;

namespace Panelist.Domain.Integrations;

/// <summary>
/// How a client admin names interviewers towards an installation's ATS: a vendor user per interviewer, and a
/// relay-address pattern for the rest. Every change is audited.
/// </summary>
public sealed class InterviewerMappingService(DomainScope scope) : DomainService(scope)
{
    /// <summary>Maps the interviewer to a vendor user, replacing an earlier mapping of the same interviewer.</summary>
    public Task<Result<InterviewerMapping>> MapAsync(Guid installationId, Guid interviewerId, string vendorUserId, CancellationToken ct = default) => Run(async () =>
    {
        RequireAdmin();
        var installation = await InstallationAsync(installationId, ct);
        if (!await Db.Interviewers.AnyAsync(i => i.Id == interviewerId, ct))
        {
            throw new DomainRuleException(ErrorCodes.NotFound, "No interviewer with that id exists here.", "interviewerId");
        }

        var mapping = await Db.InterviewerMappings.FirstOrDefaultAsync(m => m.InstallationId == installation.Id && m.InterviewerId == interviewerId, ct);
        if (mapping is null)
        {
            mapping = new InterviewerMapping(installation.OrganizationId, installation.Id, interviewerId, vendorUserId);
            Db.InterviewerMappings.Add(mapping);
        }
        else
        {
            mapping.Remap(vendorUserId);
        }

        if (await Db.InterviewerMappings.AnyAsync(m => m.InstallationId == installation.Id && m.VendorUserId == mapping.VendorUserId && m.Id != mapping.Id, ct))
        {
            throw new DomainRuleException(ErrorCodes.VendorUserAlreadyMapped,
                "Another interviewer is already mapped to this vendor user on this installation; unmap them first.", "vendorUserId");
        }

        Audit.Record("connector.interviewer_mapped", nameof(ConnectorInstallation), installation.Id, new { interviewerId, mapping.VendorUserId });
        return mapping;
    }, ct);

    /// <summary>Removes the interviewer's mapping; connectors then fall back to the relay address, if any.</summary>
    public Task<Result<InterviewerMapping>> UnmapAsync(Guid installationId, Guid interviewerId, CancellationToken ct = default) => Run(async () =>
    {
        RequireAdmin();
        var installation = await InstallationAsync(installationId, ct);
        var mapping = Found(await Db.InterviewerMappings.FirstOrDefaultAsync(m => m.InstallationId == installation.Id && m.InterviewerId == interviewerId, ct),
            "mapping of that interviewer on this installation", "interviewerId");
        Db.InterviewerMappings.Remove(mapping);
        Audit.Record("connector.interviewer_unmapped", nameof(ConnectorInstallation), installation.Id, new { interviewerId, mapping.VendorUserId });
        return mapping;
    }, ct);

    /// <summary>Sets (or, with null, clears) the relay-address pattern of the installation.</summary>
    public Task<Result<ConnectorInstallation>> SetRelayAddressPatternAsync(Guid installationId, string? pattern, CancellationToken ct = default) => Run(async () =>
    {
        RequireAdmin();
        var installation = await InstallationAsync(installationId, ct);
        installation.SetRelayAddressPattern(pattern);
        Audit.Record("connector.relay_address_pattern_set", nameof(ConnectorInstallation), installation.Id, new { pattern = installation.RelayAddressPattern });
        return installation;
    }, ct);

    private async Task<ConnectorInstallation> InstallationAsync(Guid id, CancellationToken ct) =>
        Found(await Db.ConnectorInstallations.FirstOrDefaultAsync(i => i.Id == id, ct), "connector installation", "installationId");

    private void RequireAdmin()
    {
        if (Actor.Role is not (Role.ClientAdmin or Role.PlatformAdmin or Role.System))
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, "Only a client admin or a platform admin maps interviewers for a connector.");
        }
    }
}
