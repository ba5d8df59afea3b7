using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Support;

/// <summary>Erases a candidate the way the API does (the domain's erasure, its event and a receipt per installation), and reads the receipts back.</summary>
internal static class Erasures
{
    /// <summary>Creates a candidate with <paramref name="atsCandidateId"/>, erases them as the system, and returns their id.</summary>
    public static async Task<Guid> EraseAsync(DispatcherHost host, Guid organizationId, string? atsCandidateId)
    {
        Guid candidateId;
        await using (var create = host.Services.CreateAsyncScope())
        {
            create.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("test"), organizationId);
            var candidate = await create.ServiceProvider.GetRequiredService<CandidateVault>().FindOrCreateAsync(organizationId,
                new CandidateDetails("Grace Hopper", $"grace-{Guid.NewGuid():N}@example.com", atsCandidateId, null), default);
            await create.ServiceProvider.GetRequiredService<Panelist.Domain.Persistence.PanelistDbContext>().SaveChangesAsync();
            candidateId = candidate.Id;
        }

        await using var erase = host.Services.CreateAsyncScope();
        erase.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("test"), organizationId);
        (await erase.ServiceProvider.GetRequiredService<CandidateService>().EraseAsync(candidateId)).Unwrap();
        return candidateId;
    }

    /// <summary>The installation's receipt for the candidate's erasure.</summary>
    public static async Task<ErasureReceipt> ReceiptAsync(TestDatabase database, Guid organizationId, Guid candidateId, Guid installationId)
    {
        await using var scope = database.AsSystem(organizationId);
        return await scope.Db.ErasureReceipts.AsNoTracking().SingleAsync(r => r.CandidateId == candidateId && r.InstallationId == installationId);
    }
}
