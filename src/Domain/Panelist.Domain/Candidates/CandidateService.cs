using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Integrations;

namespace Panelist.Domain.Candidates;

/// <summary>
/// Candidates as data subjects: erasure (crypto-shredding here, an event to every connector installation, a receipt
/// per processor), legal holds that block it, and the organization's retention policy.
/// </summary>
public sealed class CandidateService(DomainScope scope, CandidateVault vault) : DomainService(scope)
{
    /// <summary>
    /// Erases the candidate's personal data: the key and ciphertexts go, interviews, scorecards and feedback stay
    /// (anonymous), <c>candidate.erased</c> is audited and the erasure is sent to every installation of the
    /// organization. Refused while a legal hold covers the candidate or one of their engagements.
    /// </summary>
    public Task<Result<Candidate>> EraseAsync(Guid candidateId, CancellationToken ct = default) => Run(async () =>
    {
        RequireAdmin();
        var candidate = Found(await Db.Candidates.FirstOrDefaultAsync(c => c.Id == candidateId, ct), "candidate", "candidateId");
        await EraseAsync(candidate, "request", ct);
        return candidate;
    }, ct);

    /// <summary>Places a legal hold on a candidate or an engagement (exactly one).</summary>
    public Task<Result<LegalHold>> PlaceHoldAsync(Guid? candidateId, Guid? engagementId, string reason, CancellationToken ct = default) => Run(async () =>
    {
        RequireAdmin();
        if (candidateId is null == engagementId is null)
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, "Name either a candidate or an engagement to hold.", candidateId is null ? "candidateId" : "engagementId");
        }

        if (candidateId is { } cid)
        {
            var candidate = Found(await Db.Candidates.FirstOrDefaultAsync(c => c.Id == cid, ct), "candidate", "candidateId");
            candidate.EnsureNotErased();
        }
        else
        {
            Found(await Db.Engagements.FirstOrDefaultAsync(e => e.Id == engagementId, ct), "engagement", "engagementId");
        }

        var hold = new LegalHold(CurrentOrganization, candidateId, engagementId, reason, Actor.Id);
        Db.LegalHolds.Add(hold);
        Audit.Record("legal_hold.placed", nameof(LegalHold), hold.Id, new
        {
            candidateId = candidateId is { } c ? GlobalIds.Of<Candidate>(c) : null,
            engagementId = engagementId is { } e ? GlobalIds.Of<Engagement>(e) : null,
            reason = hold.Reason,
        });
        return hold;
    }, ct);

    public Task<Result<LegalHold>> ReleaseHoldAsync(Guid legalHoldId, CancellationToken ct = default) => Run(async () =>
    {
        RequireAdmin();
        var hold = Found(await Db.LegalHolds.FirstOrDefaultAsync(h => h.Id == legalHoldId, ct), "legal hold", "legalHoldId");
        hold.Release(Actor.Id, Now);
        Audit.Record("legal_hold.released", nameof(LegalHold), hold.Id);
        return hold;
    }, ct);

    /// <summary>Sets how many months after a candidate's last interview the retention job erases them (null: never).</summary>
    public Task<Result<Organizations.Organization>> SetRetentionAsync(int? candidateRetentionMonths, CancellationToken ct = default) => Run(async () =>
    {
        RequireAdmin();
        var organization = await Db.Organizations.SingleAsync(o => o.Id == CurrentOrganization, ct);
        organization.RetainCandidatesFor(candidateRetentionMonths);
        Audit.Record("retention_policy.changed", nameof(Organizations.Organization), organization.Id, new { candidateRetentionMonths });
        return organization;
    }, ct);

    /// <summary>Erases within the caller's unit of work; used on request and by the retention job (<paramref name="why"/> says which).</summary>
    internal async Task EraseAsync(Candidate candidate, string why, CancellationToken ct)
    {
        candidate.EnsureNotErased();
        if (await ActiveHoldAsync(candidate.Id, ct) is { } hold)
        {
            throw new DomainRuleException(ErrorCodes.LegalHoldActive, $"A legal hold blocks erasure: {hold.Reason}", "candidateId");
        }

        await vault.ShredAsync(candidate, ct);
        var installations = await Db.ConnectorInstallations.Where(i => i.Status != InstallationStatus.Disabled)
            .Select(i => new { i.Id, i.ConnectorId }).ToListAsync(ct);
        var eventId = Outbox.RaiseToAll(EventPayloads.Erasure(Now, candidate));
        var panelist = new ErasureReceipt(candidate.OrganizationId, candidate.Id, ErasureReceipt.PanelistProcessor, null, null);
        panelist.Settle(ErasureStatus.Completed, "Key destroyed; name and e-mail removed.", Now);
        Db.ErasureReceipts.Add(panelist);
        foreach (var installation in installations)
        {
            Db.ErasureReceipts.Add(new ErasureReceipt(candidate.OrganizationId, candidate.Id, installation.ConnectorId, installation.Id, eventId));
        }

        Audit.Record("candidate.erased", nameof(Candidate), candidate.Id, new { why, processors = installations.Count + 1 });
    }

    private Task<LegalHold?> ActiveHoldAsync(Guid candidateId, CancellationToken ct)
    {
        var engagements = Db.Interviews.Where(i => i.CandidateId == candidateId).Select(i => (Guid?)i.EngagementId);
        return Db.LegalHolds.Where(h => h.ReleasedAt == null && (h.CandidateId == candidateId || engagements.Contains(h.EngagementId)))
            .OrderBy(h => h.CreatedAt).FirstOrDefaultAsync(ct);
    }

    private void RequireAdmin()
    {
        if (Actor.Role is not (Role.System or Role.PlatformAdmin or Role.ClientAdmin))
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, $"The role {ApiNames.Of(Actor.Role)} cannot erase candidates, place holds or change retention.");
        }
    }
}
