using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Candidates;

/// <summary>
/// Finishes the move to encrypted candidates after the migration: each staged plaintext row becomes (or joins, by
/// e-mail within the organization) an encrypted <see cref="Candidate"/>, its interview is linked, and the
/// plaintext row is deleted in the same transaction. Idempotent; a no-op on a database without staged rows.
/// </summary>
public static class CandidateImport
{
    private const int BatchSize = 500;

    /// <summary>
    /// Imports every staged row; returns how many. A row whose name or e-mail the rules refuse stays staged (and is
    /// skipped) so nothing is lost silently; <paramref name="db"/> must not filter by tenant (a system scope).
    /// </summary>
    public static async Task<int> RunAsync(PanelistDbContext db, CandidateVault vault, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(vault);
        var imported = 0;
        var after = Guid.Empty;
        while (true)
        {
            var from = after;
            var batch = await db.CandidateImports.Where(r => r.InterviewId.CompareTo(from) > 0).OrderBy(r => r.InterviewId).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return imported;
            }

            after = batch[^1].InterviewId;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var interviewIds = batch.Select(r => r.InterviewId).ToList();
            var interviews = await db.Interviews.IgnoreQueryFilters().Where(i => interviewIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
            foreach (var row in batch)
            {
                if (interviews.TryGetValue(row.InterviewId, out var interview))
                {
                    Candidate candidate;
                    try
                    {
                        candidate = await vault.FindOrCreateAsync(row.OrganizationId, new CandidateDetails(row.Name, row.Email, row.AtsCandidateId, null), ct);
                    }
                    catch (DomainRuleException)
                    {
                        continue;
                    }

                    interview.LinkCandidate(candidate.Id);
                }

                db.CandidateImports.Remove(row);
                imported++;
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
