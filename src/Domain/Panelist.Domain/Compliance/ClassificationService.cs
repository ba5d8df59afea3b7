using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Compliance;

/// <summary>Classification decisions by a legal test, with their evidence. Platform admins decide; the ledger keeps every decision.</summary>
public sealed class ClassificationService(DomainScope scope) : DomainService(scope)
{
    public Task<Result<ClassificationRecord>> RecordAsync(Guid interviewerId, string jurisdiction, ClassificationTest test,
        IReadOnlyList<ClassificationFactor> factors, string? note, CancellationToken ct = default) => Run(async () =>
    {
        RequirePlatformAdmin();
        var normalized = Jurisdictions.Normalize(jurisdiction, "jurisdiction");
        await Db.LockForUpdateAsync<Interviewer>(interviewerId, ct);
        var interviewer = Found(await Db.Interviewers.FirstOrDefaultAsync(i => i.Id == interviewerId, ct), "interviewer", "interviewerId");
        var now = Now;
        var record = ClassificationRecord.Assess(interviewer.Id, normalized, test, factors, note, Actor, now);
        await ClassificationLedger.AppendAsync(Db, interviewer, record, now, ct);
        await Audit.RecordPlatformAsync("interviewer.classification_recorded", nameof(Interviewer), interviewer.Id, new
        {
            recordId = GlobalIds.Of<ClassificationRecord>(record.Id),
            jurisdiction = normalized,
            test,
            outcome = record.Outcome,
            factors = factors.Select(f => new { f.Key, f.Answer }),
        }, ct);
        return record;
    }, ct);
}
