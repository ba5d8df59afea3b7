using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Compliance;

/// <summary>Appends a classification record: it supersedes the current one for its jurisdiction and, where it decides the summary, updates the interviewer.</summary>
internal static class ClassificationLedger
{
    /// <summary>
    /// The interviewer's summary follows their classification jurisdiction (the first one recorded,
    /// unless changed): a record for another jurisdiction is kept in the ledger without changing it.
    /// </summary>
    public static async Task AppendAsync(PanelistDbContext db, Interviewer interviewer, ClassificationRecord record, DateTime now, CancellationToken ct)
    {
        var current = await db.ClassificationRecords
            .Where(r => r.InterviewerId == interviewer.Id && r.Jurisdiction == record.Jurisdiction && r.SupersededAt == null)
            .ToListAsync(ct);
        foreach (var previous in current)
        {
            previous.SupersedeWith(record, now);
        }

        db.ClassificationRecords.Add(record);
        if (interviewer.ClassificationJurisdiction is null || interviewer.ClassificationJurisdiction == record.Jurisdiction)
        {
            interviewer.ApplyClassification(record.Classification, record.Jurisdiction);
        }
    }
}
