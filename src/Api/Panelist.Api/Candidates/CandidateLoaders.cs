using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Domain.Candidates;

namespace Panelist.Api.Candidates;

public static class CandidateLoaders
{
    /// <summary>A candidate the caller may see: their organization's, or (for an interviewer) one of their interviews'.</summary>
    public static IDataLoaderResult<Candidate?> Candidate(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, Candidate>("candidate", async (ids, ct) =>
            await CandidateVisibility.Candidates(ctx).Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct)).Load(id);

    /// <summary>The decrypted name and e-mail, for every candidate of the level in one query for their keys.</summary>
    public static IDataLoaderResult<RevealedCandidate?> Revealed(IResolveFieldContext ctx, Candidate candidate) =>
        ctx.Loaders().ByKey<Guid, RevealedCandidate>("candidate.revealed", async (ids, ct) =>
        {
            var candidates = await ctx.Db().Candidates.IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
            return await ctx.Service<CandidateVault>().RevealAsync(candidates, ct);
        }).Load(candidate.Id);

    public static IDataLoaderResult<IReadOnlyList<LegalHold>?> Holds(IResolveFieldContext ctx, Guid candidateId) =>
        ctx.Loaders().Grouped<Guid, LegalHold>("candidate.holds", async (ids, ct) =>
            (await ctx.Db().LegalHolds.AsNoTracking().Where(h => h.CandidateId != null && ids.Contains(h.CandidateId.Value))
                .OrderByDescending(h => h.CreatedAt).ToListAsync(ct)).ToLookup(h => h.CandidateId!.Value)).Load(candidateId);

    public static IDataLoaderResult<IReadOnlyList<ErasureReceipt>?> Receipts(IResolveFieldContext ctx, Guid candidateId) =>
        ctx.Loaders().Grouped<Guid, ErasureReceipt>("candidate.receipts", async (ids, ct) =>
            (await ctx.Db().ErasureReceipts.AsNoTracking().Where(r => ids.Contains(r.CandidateId))
                .OrderBy(r => r.CreatedAt).ToListAsync(ct)).ToLookup(r => r.CandidateId)).Load(candidateId);

    /// <summary>The ATS application id of each candidate's newest visible interview (for the deprecated Candidate.atsApplicationId).</summary>
    public static IDataLoaderResult<string?> LatestApplication(IResolveFieldContext ctx, Guid candidateId) =>
        ctx.Loaders().ByKey<Guid, string?>("candidate.latestApplication", async (ids, ct) =>
            (await Visibility.Interviews(ctx).Where(i => i.CandidateId != null && ids.Contains(i.CandidateId.Value))
                .Select(i => new { Candidate = i.CandidateId!.Value, i.RequestedAt, i.AtsApplicationId }).ToListAsync(ct))
            .GroupBy(i => i.Candidate).ToDictionary(g => g.Key, g => g.OrderByDescending(i => i.RequestedAt).First().AtsApplicationId)).Load(candidateId);

    public static IDataLoaderResult<LegalHold?> Hold(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, LegalHold>("legalHold", async (ids, ct) =>
            await ctx.Db().LegalHolds.AsNoTracking().Where(h => ids.Contains(h.Id)).ToDictionaryAsync(h => h.Id, ct)).Load(id);
}
