using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;

namespace Panelist.Domain.Candidates;

/// <summary>
/// The organization's retention policy applied once: every candidate whose last interview (its latest request,
/// booking, completion or cancellation) is older than the policy's months is erased, unless a legal hold covers
/// them. One transaction per organization, with a <c>retention.ran</c> audit entry saying what it did.
/// </summary>
public sealed class CandidateRetention(DomainScope scope, CandidateService candidates) : DomainService(scope)
{
    private const int MaxPerRun = 1000;

    public Task<Result<RetentionReport>> RunAsync(CancellationToken ct = default) => Run(async () =>
    {
        var organization = await Db.Organizations.SingleAsync(o => o.Id == CurrentOrganization, ct);
        var now = Now;
        if (organization.CandidateRetentionMonths is not { } months)
        {
            return new RetentionReport(organization.Id, now, null, 0, 0, 0);
        }

        var cutoff = now.AddMonths(-months);
        // A candidate expires when none of their interviews was touched since the cutoff (newer candidates with no interview yet are kept).
        var expired = await Db.Candidates
            .Where(c => c.ErasedAt == null && c.CreatedAt < cutoff)
            .Where(c => !Db.Interviews.Any(i => i.CandidateId == c.Id
                && (i.RequestedAt >= cutoff || i.ScheduledEnd >= cutoff || i.CompletedAt >= cutoff || i.CancelledAt >= cutoff)))
            .OrderBy(c => c.CreatedAt).Take(MaxPerRun).ToListAsync(ct);
        var erased = 0;
        var held = 0;
        foreach (var candidate in expired)
        {
            try
            {
                await candidates.EraseAsync(candidate, "retention", ct);
                erased++;
            }
            catch (DomainRuleException e) when (e.Error.Code == ErrorCodes.LegalHoldActive)
            {
                held++;
            }
        }

        var report = new RetentionReport(organization.Id, now, months, expired.Count, erased, held);
        Audit.Record("retention.ran", nameof(Organizations.Organization), organization.Id, new { months, cutoff, report.Expired, report.Erased, report.Held });
        return report;
    }, ct);
}
