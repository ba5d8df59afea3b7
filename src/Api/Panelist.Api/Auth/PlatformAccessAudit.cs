using Panelist.Domain.Audits;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Auth;

/// <summary>
/// DESIGN §4: a platform admin acting inside a client organization is itself audited — one
/// <c>platform_admin.accessed</c> entry per request in that organization's chain, naming the operation.
/// </summary>
public sealed class PlatformAccessAudit(RequestContext request, UnitOfWork unitOfWork, AuditTrail audit)
{
    public async Task RecordAsync(string? operationName, bool isMutation, CancellationToken ct)
    {
        if (request.Actor.Role != Role.PlatformAdmin || request.OrganizationId is not { } organization || organization == Organization.PlatformId)
        {
            return;
        }

        (await unitOfWork.ExecuteAsync(() =>
        {
            audit.Record("platform_admin.accessed", nameof(Organization), organization,
                new { operation = operationName ?? "(anonymous)", kind = isMutation ? "mutation" : "query" });
            return Task.FromResult(true);
        }, ct)).Unwrap();
    }
}
