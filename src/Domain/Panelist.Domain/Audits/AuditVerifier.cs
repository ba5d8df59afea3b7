using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Audits;

/// <summary>Recomputes an organization's chain from its stored entries and names the first one that breaks it.</summary>
public sealed class AuditVerifier(PanelistDbContext db)
{
    public async Task<AuditVerification> VerifyAsync(Guid organizationId, CancellationToken ct = default)
    {
        long expected = 0;
        var previousHash = "";
        var entries = db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.OrganizationId == organizationId)
            .OrderBy(e => e.Sequence)
            .AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(ct))
        {
            expected++;
            var reason = entry.Sequence != expected ? $"expected sequence {expected}, found {entry.Sequence} (an entry is missing)"
                : entry.PreviousHash != previousHash ? "its previousHash does not match the hash of the entry before it"
                : entry.ComputeHash() != entry.Hash ? "its content does not match its hash (the entry was changed)"
                : null;
            if (reason is not null)
            {
                return new AuditVerification(organizationId, false, expected, entry.Sequence, entry.Id, reason);
            }

            previousHash = entry.Hash;
        }

        var head = await db.AuditChainHeads.AsNoTracking().FirstOrDefaultAsync(h => h.OrganizationId == organizationId, ct);
        if (head is null && expected > 0)
        {
            return new AuditVerification(organizationId, false, expected, expected + 1, null, "the chain head is missing (it was deleted)");
        }

        if (head is not null && (head.LastSequence != expected || head.LastHash != previousHash))
        {
            return new AuditVerification(organizationId, false, expected, expected + 1, null,
                $"the chain head records {head.LastSequence} entries but {expected} were found (entries were removed from the end)");
        }

        return new AuditVerification(organizationId, true, expected, null, null, null);
    }
}
