using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Compliance;

/// <summary>
/// Expiry warnings ahead of time and lapses, computed at read time from the clock: nothing has to run
/// for an expired contract to take the interviewer out of matching, because every assignment and
/// booking evaluates the same dates (<see cref="Interviewer.EnsureAssignable"/>).
/// </summary>
public static class ComplianceWarnings
{
    public static async Task<List<ComplianceWarning>> ForAsync(PanelistDbContext db, IQueryable<Interviewer> interviewers, DateTime now, int withinDays, CancellationToken ct)
    {
        var horizon = now.AddDays(withinDays);
        var ids = interviewers.Where(i => i.Status != InterviewerStatus.Offboarded).Select(i => i.Id);
        var contracts = await interviewers.Where(i => i.Status != InterviewerStatus.Offboarded && i.ContractExpiresAt != null && i.ContractExpiresAt < horizon)
            .Select(i => new { i.Id, End = i.ContractExpiresAt!.Value }).ToListAsync(ct);
        var certifications = await db.Set<Certification>().AsNoTracking().Where(c => ids.Contains(c.InterviewerId) && c.ExpiresAt < horizon)
            .Select(c => new { c.InterviewerId, c.RubricId, c.ExpiresAt }).ToListAsync(ct);
        var reviews = await db.ClassificationRecords.AsNoTracking()
            .Where(r => ids.Contains(r.InterviewerId) && r.SupersededAt == null && r.Outcome == ClassificationOutcome.NeedsReview)
            .Select(r => new { r.InterviewerId, r.Jurisdiction, r.Test }).ToListAsync(ct);

        var warnings = new List<ComplianceWarning>();
        warnings.AddRange(contracts.Select(c => c.End <= now
            ? new ComplianceWarning(c.Id, ComplianceWarningKind.ContractExpired, $"The contract expired at {c.End:O}; the interviewer is out of matching.", c.End, DaysLeft(now, c.End), null, null)
            : new ComplianceWarning(c.Id, ComplianceWarningKind.ContractExpiring, $"The contract expires at {c.End:O}.", c.End, DaysLeft(now, c.End), null, null)));
        warnings.AddRange(certifications.Select(c => c.ExpiresAt <= now
            ? new ComplianceWarning(c.InterviewerId, ComplianceWarningKind.CertificationExpired, $"The certification lapsed at {c.ExpiresAt:O}.", c.ExpiresAt, DaysLeft(now, c.ExpiresAt), c.RubricId, null)
            : new ComplianceWarning(c.InterviewerId, ComplianceWarningKind.CertificationExpiring, $"The certification expires at {c.ExpiresAt:O}.", c.ExpiresAt, DaysLeft(now, c.ExpiresAt), c.RubricId, null)));
        warnings.AddRange(reviews.Select(r => new ComplianceWarning(r.InterviewerId, ComplianceWarningKind.ClassificationNeedsReview,
            r.Test == ClassificationTest.Declared
                ? $"The classification in {r.Jurisdiction} was declared without a test."
                : $"The classification test in {r.Jurisdiction} could not decide.",
            null, null, null, r.Jurisdiction)));
        return [.. warnings.OrderBy(w => w.DueAt ?? DateTime.MaxValue).ThenBy(w => w.InterviewerId).ThenBy(w => w.Kind)];
    }

    /// <summary>Whole days left, rounded down: 0 on the last day, negative once past.</summary>
    private static int DaysLeft(DateTime now, DateTime due) => (int)Math.Floor((due - now).TotalDays);
}
