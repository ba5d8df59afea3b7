using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;

namespace Panelist.Domain.Sla;

/// <summary>
/// The scorecard and scheduling SLAs (DESIGN §10). <see cref="DueItemsAsync"/> lists the notices owed across every
/// client; <see cref="SendAsync"/> sends one in its own unit of work, claimed by its unique <see cref="SlaNotice"/> row.
/// </summary>
public sealed class SlaWatcher(DomainScope scope, ISlaNotifier notifier) : DomainService(scope)
{
    /// <summary>Notices owed at <paramref name="now"/>: platform work, so it crosses the tenant filter on purpose.</summary>
    public async Task<IReadOnlyList<SlaDueItem>> DueItemsAsync(DateTime now, TimeSpan lateAfter, int limit, CancellationToken ct)
    {
        var interviews = Db.Interviews.IgnoreQueryFilters().AsNoTracking();
        var notices = Db.SlaNotices.IgnoreQueryFilters();
        var submitted = Db.Scorecards.IgnoreQueryFilters().Where(s => s.SubmittedAt != null).Select(s => s.InterviewId);
        var missing = interviews.Where(i => i.Status == InterviewStatus.Completed && i.ScorecardDueAt != null && !submitted.Contains(i.Id));
        var lateCutoff = now - lateAfter;

        var due = await missing.Where(i => i.ScorecardDueAt <= now
                && !notices.Any(n => n.InterviewId == i.Id && n.Kind == SlaNoticeKind.ScorecardDue))
            .OrderBy(i => i.ScorecardDueAt).Take(limit)
            .Select(i => new SlaDueItem(i.OrganizationId, i.Id, SlaNoticeKind.ScorecardDue, i.ScorecardDueAt!.Value)).ToListAsync(ct);
        var late = await missing.Where(i => i.ScorecardDueAt <= lateCutoff
                && !notices.Any(n => n.InterviewId == i.Id && n.Kind == SlaNoticeKind.ScorecardLate))
            .OrderBy(i => i.ScorecardDueAt).Take(limit)
            .Select(i => new SlaDueItem(i.OrganizationId, i.Id, SlaNoticeKind.ScorecardLate, i.ScorecardDueAt!.Value)).ToListAsync(ct);
        var unscheduled = await interviews.Where(i => i.Status == InterviewStatus.Requested && i.SchedulingDueAt != null && i.SchedulingDueAt <= now
                && !notices.Any(n => n.InterviewId == i.Id && n.Kind == SlaNoticeKind.SchedulingLate))
            .OrderBy(i => i.SchedulingDueAt).Take(limit)
            .Select(i => new SlaDueItem(i.OrganizationId, i.Id, SlaNoticeKind.SchedulingLate, i.SchedulingDueAt!.Value)).ToListAsync(ct);
        return [.. due, .. late, .. unscheduled];
    }

    /// <summary>
    /// Sends one owed notice: true when this call sent it, false when it was sent before (by this or another replica)
    /// or is no longer owed. Call it in a scope acting as the system for the item's organization. Two replicas racing
    /// both insert the claim; the unique index makes the second fail (a <see cref="DbUpdateException"/>, nothing committed).
    /// </summary>
    public Task<Result<bool>> SendAsync(SlaDueItem item, string sentBy, CancellationToken ct) => Run(async () =>
    {
        RequirePlatformAdmin();
        if (await Db.SlaNotices.AnyAsync(n => n.InterviewId == item.InterviewId && n.Kind == item.Kind, ct))
        {
            return false;
        }

        var interview = await Db.Interviews.FirstOrDefaultAsync(i => i.Id == item.InterviewId, ct);
        if (interview is null || !StillOwed(interview, item.Kind) || await ScorecardSubmittedAsync(item, ct))
        {
            return false;
        }

        var now = Now;
        Db.SlaNotices.Add(new SlaNotice(interview.OrganizationId, interview.Id, item.Kind, item.DueAt, sentBy));
        var alert = new SlaAlert(interview.OrganizationId, interview.Id, interview.EngagementId, interview.InterviewerId, item.Kind, item.DueAt);
        switch (item.Kind)
        {
            case SlaNoticeKind.ScorecardDue:
                await notifier.DueAsync(alert, ct);
                break;
            case SlaNoticeKind.ScorecardLate:
                interview.RecordScorecardBreach(now);
                await notifier.LateAsync(alert, ct);
                await notifier.EscalatedAsync(alert, ct);
                break;
            case SlaNoticeKind.SchedulingLate:
                interview.RecordSchedulingBreach(now);
                await notifier.EscalatedAsync(alert, ct);
                break;
        }

        Audit.Record("sla.notice_claimed", nameof(Interview), interview.Id, new { kind = item.Kind, item.DueAt, sentBy }, interview.OrganizationId);
        return true;
    }, ct);

    private static bool StillOwed(Interview interview, SlaNoticeKind kind) => kind == SlaNoticeKind.SchedulingLate
        ? interview.Status == InterviewStatus.Requested
        : interview.Status == InterviewStatus.Completed;

    private Task<bool> ScorecardSubmittedAsync(SlaDueItem item, CancellationToken ct) => item.Kind == SlaNoticeKind.SchedulingLate
        ? Task.FromResult(false)
        : Db.Scorecards.AnyAsync(s => s.InterviewId == item.InterviewId && s.SubmittedAt != null, ct);
}
