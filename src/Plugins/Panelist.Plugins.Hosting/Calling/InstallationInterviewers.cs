using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Sdk.Interviewers;

namespace Panelist.Plugins.Hosting.Calling;

/// <summary>
/// The <see cref="IInterviewerDirectory"/> of one installation: the vendor user a client admin mapped, and the
/// relay address from the installation's pattern. It reads nothing else about the interviewer, so no e-mail
/// address can reach a connector through it.
/// </summary>
internal sealed class InstallationInterviewers(ConnectorInstallation installation, IServiceScopeFactory scopes) : IInterviewerDirectory
{
    public async Task<VendorUser?> FindAsync(Guid interviewerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.ForInstallation(installation);
        var userId = await scope.ServiceProvider.GetRequiredService<PanelistDbContext>().InterviewerMappings.AsNoTracking()
            .Where(m => m.InstallationId == installation.Id && m.InterviewerId == interviewerId)
            .Select(m => m.VendorUserId).FirstOrDefaultAsync(cancellationToken);
        var relay = installation.RelayAddressPattern is { } pattern ? RelayAddresses.Apply(pattern, interviewerId) : null;
        return userId is null && relay is null ? null : new VendorUser { UserId = userId, RelayAddress = relay };
    }
}
