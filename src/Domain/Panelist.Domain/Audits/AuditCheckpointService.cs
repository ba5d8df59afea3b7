using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;

namespace Panelist.Domain.Audits;

/// <summary>
/// Signs organizations' chain heads and checks a client's copy of a signed head against the chain. The signer
/// is also a witness: it signs a new head only when the entries since its last valid checkpoint still lead to it.
/// </summary>
public sealed class AuditCheckpointService(DomainScope scope, AuditVerifier verifier, AuditSigningKeys keys) : DomainService(scope)
{
    /// <summary>At most this much of an on-demand checkpoint's reason goes into the audit entry.</summary>
    public const int MaxReasonLength = 200;

    /// <summary>
    /// Signs the current organization's head now (client admins, auditors, platform admins) and records it in the
    /// trail. The entry follows the signed head, so the next periodic checkpoint covers it. Signing an unchanged head
    /// again returns its existing checkpoint.
    /// </summary>
    public Task<Result<AuditCheckpoint>> CreateAsync(string? reason, CancellationToken ct = default) => Run(async () =>
    {
        if (Actor.Role is not (Role.System or Role.PlatformAdmin or Role.ClientAdmin or Role.Auditor))
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, $"The role {ApiNames.Of(Actor.Role)} may not sign the audit trail.");
        }

        if (reason is { Length: > MaxReasonLength })
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, $"The reason may have at most {MaxReasonLength} characters.", "reason");
        }

        var (checkpoint, _) = await SignLockedAsync(CurrentOrganization, ct);
        if (checkpoint is null)
        {
            throw new DomainRuleException(ErrorCodes.AuditTrailEmpty, "The audit trail has no entries yet, so there is no head to sign.");
        }

        Audit.Record("audit.checkpoint_created", nameof(AuditCheckpoint), checkpoint.Id, new { checkpoint.Sequence, checkpoint.Hash, checkpoint.KeyId, reason });
        return checkpoint;
    }, ct);

    /// <summary>Signs <paramref name="organizationId"/>'s head if no checkpoint has it yet; the new checkpoint, or null.</summary>
    public async Task<Result<AuditCheckpoint?>> SignIfMovedAsync(Guid organizationId, CancellationToken ct = default) =>
        await Run(async () =>
        {
            var (checkpoint, created) = await SignLockedAsync(organizationId, ct);
            return created ? checkpoint : null;
        }, ct);

    /// <summary>The organizations whose head has moved past their latest checkpoint.</summary>
    public async Task<IReadOnlyList<Guid>> MovedHeadsAsync(CancellationToken ct = default)
    {
        var signed = await Db.AuditCheckpoints.IgnoreQueryFilters().AsNoTracking()
            .GroupBy(c => c.OrganizationId)
            .Select(g => new { Organization = g.Key, Sequence = g.Max(c => c.Sequence) })
            .ToDictionaryAsync(c => c.Organization, c => c.Sequence, ct);
        var heads = await Db.AuditChainHeads.AsNoTracking().Where(h => h.LastSequence > 0)
            .Select(h => new { h.OrganizationId, h.LastSequence }).ToListAsync(ct);
        return [.. heads.Where(h => signed.GetValueOrDefault(h.OrganizationId) != h.LastSequence).Select(h => h.OrganizationId)];
    }

    /// <summary>
    /// Checks the client's copy by its signature (a rewritten checkpoints table changes nothing here), then proves the
    /// whole chain is intact and still has the signed hash at the signed sequence.
    /// </summary>
    public async Task<AuditVerification> VerifySinceAsync(Guid organizationId, AuditCheckpointClaim claim, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var message = AuditCheckpointMessage.Format(organizationId, claim.Sequence, claim.Hash, claim.SignedAt, claim.KeyId);
        var reason = keys.Verify(claim.KeyId, message, claim.Signature) switch
        {
            true => null,
            false => $"the checkpoint's signature is not valid for this organization, sequence, hash and time under key {claim.KeyId} (it was forged or altered)",
            null => $"the checkpoint names key {claim.KeyId}, which this server does not know (retired keys must stay configured to verify old checkpoints)",
        };
        return reason is null
            ? await verifier.VerifyAsync(organizationId, new SignedHead(claim.Sequence, claim.Hash), ct)
            : new AuditVerification(organizationId, false, 0, null, null, reason) { CheckpointSequence = claim.Sequence };
    }

    private async Task<(AuditCheckpoint? Checkpoint, bool Created)> SignLockedAsync(Guid organizationId, CancellationToken ct)
    {
        // A no-op write locks the head row: appends and other signers (other replicas) wait until this commits, and on
        // SQLite it takes the write lock at once instead of failing a read-then-write upgrade.
        await Db.Database.ExecuteSqlAsync(
            $"""UPDATE "AuditChainHeads" SET "LastSequence" = "LastSequence" WHERE "OrganizationId" = {organizationId}""", ct);
        var head = await Db.AuditChainHeads.AsNoTracking().FirstOrDefaultAsync(h => h.OrganizationId == organizationId, ct);
        if (head is null || head.LastSequence == 0)
        {
            return (null, false);
        }

        var latest = await Db.AuditCheckpoints.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.OrganizationId == organizationId).OrderByDescending(c => c.Sequence).FirstOrDefaultAsync(ct);
        if (latest is not null && latest.Sequence == head.LastSequence)
        {
            return (latest, false);
        }

        // A stored checkpoint whose signature fails proves nothing, so the check then starts from the first entry.
        var from = latest is not null && keys.Verify(latest.KeyId, latest.Message(), latest.Signature) == true
            ? new SignedHead(latest.Sequence, latest.Hash) : null;
        var check = await verifier.VerifyExtensionAsync(organizationId, from, head, ct);
        if (!check.IsValid)
        {
            throw new DomainRuleException(ErrorCodes.AuditTrailBroken,
                $"The head was not signed: the chain is broken at sequence {check.FirstBrokenSequence}: {check.Reason}.");
        }

        var signedAt = Now;
        var signature = keys.Sign(AuditCheckpointMessage.Format(organizationId, head.LastSequence, head.LastHash, signedAt, keys.CurrentKeyId));
        var checkpoint = new AuditCheckpoint(organizationId, head.LastSequence, head.LastHash, signedAt, keys.CurrentKeyId, signature);
        Db.AuditCheckpoints.Add(checkpoint);
        return (checkpoint, true);
    }
}
