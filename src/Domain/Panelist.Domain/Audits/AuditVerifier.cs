using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Audits;

/// <summary>
/// Recomputes an organization's chain from its stored entries and names the first one that breaks it. Alone this
/// cannot notice a chain rewritten with every hash recomputed; against a <see cref="SignedHead"/> it can.
/// </summary>
public sealed class AuditVerifier(PanelistDbContext db)
{
    public Task<AuditVerification> VerifyAsync(Guid organizationId, CancellationToken ct = default) => VerifyAsync(organizationId, null, ct);

    /// <summary>The whole chain, which must also still hold <paramref name="checkpoint"/> (when given) and end at the stored head.</summary>
    public async Task<AuditVerification> VerifyAsync(Guid organizationId, SignedHead? checkpoint, CancellationToken ct = default)
    {
        var walk = await WalkAsync(organizationId, 1, long.MaxValue, checkpoint, ct);
        if (walk.Broken is { } broken)
        {
            return broken with { CheckpointSequence = checkpoint?.Sequence };
        }

        var head = await db.AuditChainHeads.AsNoTracking().FirstOrDefaultAsync(h => h.OrganizationId == organizationId, ct);
        var checkedCount = walk.LastSequence;
        var reason = head is null && checkedCount > 0 ? "the chain head is missing (it was deleted)"
            : head is not null && (head.LastSequence != checkedCount || head.LastHash != walk.LastHash)
                ? $"the chain head records {head.LastSequence} entries but {checkedCount} were found (entries were removed from the end)"
            : null;
        return reason is null
            ? new AuditVerification(organizationId, true, checkedCount, null, null, null) { CheckpointSequence = checkpoint?.Sequence }
            : new AuditVerification(organizationId, false, checkedCount, checkedCount + 1, null, reason) { CheckpointSequence = checkpoint?.Sequence };
    }

    /// <summary>
    /// Only the entries from <paramref name="from"/> to <paramref name="head"/>: proves the head extends an earlier signed
    /// one without reading the whole chain (what the checkpoint signer checks before it signs).
    /// </summary>
    internal async Task<AuditVerification> VerifyExtensionAsync(Guid organizationId, SignedHead? from, AuditChainHead head, CancellationToken ct)
    {
        var walk = await WalkAsync(organizationId, from?.Sequence ?? 1, head.LastSequence, from, ct);
        if (walk.Broken is { } broken)
        {
            return broken;
        }

        return walk.LastSequence != head.LastSequence || walk.LastHash != head.LastHash
            ? new AuditVerification(organizationId, false, walk.Checked, walk.LastSequence + 1, null,
                $"the chain head records entry {head.LastSequence} but the entries end at {walk.LastSequence} or differ from it")
            : new AuditVerification(organizationId, true, walk.Checked, null, null, null);
    }

    private async Task<Walk> WalkAsync(Guid organizationId, long first, long last, SignedHead? checkpoint, CancellationToken ct)
    {
        var expected = first - 1;
        long count = 0;
        // From the start the first previousHash is ""; from the middle it is whatever the first entry names.
        string? previousHash = first == 1 ? "" : null;
        var entries = db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.OrganizationId == organizationId && e.Sequence >= first && e.Sequence <= last)
            .OrderBy(e => e.Sequence)
            .AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(ct))
        {
            expected++;
            count++;
            var reason = entry.Sequence != expected ? $"expected sequence {expected}, found {entry.Sequence} (an entry is missing)"
                : previousHash is not null && entry.PreviousHash != previousHash ? "its previousHash does not match the hash of the entry before it"
                : entry.ComputeHash() != entry.Hash ? "its content does not match its hash (the entry was changed)"
                : checkpoint is not null && entry.Sequence == checkpoint.Sequence && entry.Hash != checkpoint.Hash
                    ? $"its hash is not the one the checkpoint signed for sequence {checkpoint.Sequence}: the chain was rewritten (hashes recomputed) since that checkpoint"
                : null;
            if (reason is not null)
            {
                return new Walk(count, expected, "", new AuditVerification(organizationId, false, count, entry.Sequence, entry.Id, reason));
            }

            previousHash = entry.Hash;
        }

        if (checkpoint is not null && expected < checkpoint.Sequence)
        {
            return new Walk(count, expected, "", new AuditVerification(organizationId, false, count, expected + 1, null,
                $"the chain ends at sequence {expected}, before the checkpoint's sequence {checkpoint.Sequence} (entries were removed)"));
        }

        return new Walk(count, expected, previousHash ?? "", null);
    }

    private sealed record Walk(long Checked, long LastSequence, string LastHash, AuditVerification? Broken);
}
