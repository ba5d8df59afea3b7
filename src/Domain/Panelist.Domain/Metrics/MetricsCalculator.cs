using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Metrics;

/// <summary>
/// Computes a <see cref="MetricsSnapshot"/> from the caller's organization's rows (the tenant filter
/// applies): counts and sums in SQL, rates and percentiles in memory from the same rows on every provider. The
/// window's interviews are found through the (EngagementId, instant) indexes, one per instant the window is read by. Reads aggregates only; no candidate personal data leaves it.
/// </summary>
public sealed class MetricsCalculator(PanelistDbContext db, RequestContext request, TimeProvider time)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(30);

    /// <summary>A longer window is refused: a year answers every question we know of, and bounds the rows read.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(366);

    private static readonly Role[] Readers = [Role.PlatformAdmin, Role.ClientAdmin, Role.Recruiter, Role.Analyst, Role.Auditor, Role.System];

    /// <summary>The snapshot of <paramref name="scope"/> now; refuses with NOT_FOUND, VALIDATION_FAILED or FORBIDDEN.</summary>
    public Task<MetricsSnapshot> ComputeAsync(MetricsScope scope, CancellationToken ct) => ComputeAsync(scope, MetricsParts.All, ct);

    /// <summary>
    /// The snapshot with only <paramref name="parts"/> read: the metrics of a part left out are computed over no rows, and
    /// the snapshot says which parts it holds (<see cref="MetricsSnapshot.Parts"/>).
    /// </summary>
    public async Task<MetricsSnapshot> ComputeAsync(MetricsScope scope, MetricsParts parts, CancellationToken ct)
    {
        var (organizationId, now, start, end) = Admit(scope);

        var engagements = await db.Engagements.AsNoTracking()
            .Where(e => scope.EngagementId == null || e.Id == scope.EngagementId)
            .Select(e => new EngagementFacts(e.Id, e.Pricing.Currency, e.Pricing.BudgetCap, e.ServiceLevel.ScheduleWithinDays, e.ServiceLevel.FeedbackWithinHours,
                e.WeeklyCapacity, e.StartsAt, e.EndsAt, e.ClosedAt))
            .ToListAsync(ct);
        if (scope.EngagementId is not null && engagements.Count == 0)
        {
            throw new DomainRuleException(ErrorCodes.NotFound, "No engagement with that id exists here.", "engagement");
        }

        var interviews = db.Interviews.AsNoTracking().Where(i => scope.EngagementId == null || i.EngagementId == scope.EngagementId);
        var requestedByStatus = await interviews
            .Where(i => i.RequestedAt >= start && i.RequestedAt < end)
            .GroupBy(i => i.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        // What the budget cap is checked against, by the one calculation scheduling uses, per engagement currency.
        var perEngagement = await CommittedBudget.ForEngagementsAsync(db, interviews, [.. engagements.Select(e => e.Id)], ct);
        var committed = engagements.GroupBy(e => e.Currency, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(e => perEngagement.GetValueOrDefault(e.Id)), StringComparer.Ordinal);
        var rows = await interviews
            .Where(i => (i.RequestedAt >= start && i.RequestedAt < end) || (i.CompletedAt >= start && i.CompletedAt < end)
                || (i.CancelledAt >= start && i.CancelledAt < end) || (i.ScheduledStart >= start && i.ScheduledStart < end))
            .Select(i => new WindowRow(i.Id, i.EngagementId, i.Status, i.RequestedAt, i.ScheduledAt, i.ScheduledStart, i.ScheduledEnd, i.CompletedAt,
                i.CancelledAt, i.Cost, i.Currency))
            .ToListAsync(ct);
        var facts = await WithReviewsAsync(rows, start, end, parts.HasFlag(MetricsParts.Reviews), ct);

        return MetricsComputation.Compute(organizationId, scope.EngagementId, start, end, now, requestedByStatus, engagements, facts, committed) with { Parts = parts };
    }

    /// <summary>
    /// Scorecards and candidate feedback count only for interviews completed in the window: they are read for those
    /// ids alone, through the unique indexes on <c>InterviewId</c>, instead of joined to every interview of the window.
    /// </summary>
    private async Task<List<InterviewFacts>> WithReviewsAsync(List<WindowRow> rows, DateTime start, DateTime end, bool read, CancellationToken ct)
    {
        var completed = read ? rows.Where(r => r.Status == InterviewStatus.Completed && r.CompletedAt >= start && r.CompletedAt < end).Select(r => r.Id).ToList() : [];
        var scorecards = completed.Count == 0 ? [] : await db.Scorecards.AsNoTracking().Where(s => completed.Contains(s.InterviewId))
            .Select(s => new { s.InterviewId, s.SubmittedAt, s.Recommendation })
            .ToDictionaryAsync(s => s.InterviewId, s => (s.SubmittedAt, Recommendation: s.SubmittedAt == null ? (Recommendation?)null : s.Recommendation), ct);
        var feedback = completed.Count == 0 ? [] : await db.CandidateFeedback.AsNoTracking().Where(f => completed.Contains(f.InterviewId))
            .Select(f => new { f.InterviewId, f.Score })
            .ToDictionaryAsync(f => f.InterviewId, f => f.Score, ct);
        return rows.ConvertAll(r =>
        {
            var reviewed = scorecards.TryGetValue(r.Id, out var s);
            return new InterviewFacts(r.EngagementId, r.Status, r.RequestedAt, r.ScheduledAt, r.ScheduledStart, r.ScheduledEnd, r.CompletedAt, r.CancelledAt,
                r.Cost, r.Currency, reviewed ? s.SubmittedAt : null, reviewed ? s.Recommendation : null, feedback.TryGetValue(r.Id, out var score) ? score : (int?)null);
        });
    }

    /// <summary>
    /// The refusals of <see cref="ComputeAsync"/> without its work: a subscription checks its scope once at subscribe,
    /// then shares one computation with every subscriber of that scope.
    /// </summary>
    public async Task CheckAsync(MetricsScope scope, CancellationToken ct)
    {
        _ = Admit(scope);
        if (scope.EngagementId is { } engagement && !await db.Engagements.AnyAsync(e => e.Id == engagement, ct))
        {
            throw new DomainRuleException(ErrorCodes.NotFound, "No engagement with that id exists here.", "engagement");
        }
    }

    /// <summary>The caller may read metrics, for an organization, over a valid window.</summary>
    private (Guid OrganizationId, DateTime Now, DateTime Start, DateTime End) Admit(MetricsScope scope)
    {
        if (!Readers.Contains(request.Actor.Role))
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, $"A {request.Actor.Role} cannot read metrics.");
        }

        var organizationId = request.RequireOrganization();
        var now = Clock.Now(time);
        var (start, end) = Window(scope, now);
        return (organizationId, now, start, end);
    }

    /// <summary>The columns of an interview of the window, before its scorecard and feedback are added.</summary>
    private sealed record WindowRow(Guid Id, Guid EngagementId, InterviewStatus Status, DateTime RequestedAt, DateTime? ScheduledAt, DateTime? ScheduledStart,
        DateTime? ScheduledEnd, DateTime? CompletedAt, DateTime? CancelledAt, decimal Cost, string Currency);

    private static (DateTime From, DateTime To) Window(MetricsScope scope, DateTime now)
    {
        var to = scope.To is { } end ? Clock.Truncate(end) : now;
        var from = scope.From is { } start ? Clock.Truncate(start) : to - DefaultWindow;
        if (from >= to)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTimeRange, "The window must start before it ends (from < end).", "from");
        }

        if (to - from > MaxWindow)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTimeRange, $"The window may span at most {MaxWindow.TotalDays:0} days.", "to");
        }

        return (from, to);
    }
}
