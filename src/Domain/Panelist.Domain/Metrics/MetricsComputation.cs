using Panelist.Domain.Interviews;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Metrics;

/// <summary>The formulas of <see cref="MetricsSnapshot"/> over rows already loaded; pure, so both providers give the same numbers.</summary>
internal static class MetricsComputation
{
    private static readonly TimeSpan LateNotice = TimeSpan.FromHours(24);

    public static MetricsSnapshot Compute(
        Guid organizationId, Guid? engagementId, DateTime from, DateTime to, DateTime now,
        IReadOnlyDictionary<InterviewStatus, int> requestedByStatus,
        IReadOnlyList<EngagementFacts> engagements,
        IReadOnlyList<InterviewFacts> interviews,
        IReadOnlyDictionary<string, decimal> committedByCurrency)
    {
        bool In(DateTime? t) => t >= from && t < to;
        var terms = engagements.ToDictionary(e => e.Id);

        var requested = interviews.Where(i => In(i.RequestedAt)).ToList();
        var scheduleSla = requested
            .Where(i => !(i.Status == InterviewStatus.Cancelled && i.ScheduledAt is null))
            .Where(i => i.ScheduledAt is not null || i.RequestedAt.AddDays(terms[i.EngagementId].ScheduleWithinDays) <= now)
            .ToList();

        var held = interviews.Where(i => i.Status is InterviewStatus.Completed or InterviewStatus.NoShowCandidate or InterviewStatus.NoShowInterviewer
            && In(i.CompletedAt)).ToList();
        var cancelledBookings = interviews.Where(i => i.Status == InterviewStatus.Cancelled && i.ScheduledStart is not null && In(i.CancelledAt)).ToList();
        var resolved = held.Concat(cancelledBookings).ToList();
        var completed = held.Where(i => i.Status == InterviewStatus.Completed).ToList();
        var scored = completed.Where(i => i.ScorecardSubmittedAt is not null).ToList();
        var feedbackSla = completed
            .Where(i => i.ScorecardSubmittedAt is not null || EndOf(i).AddHours(terms[i.EngagementId].FeedbackWithinHours) <= now)
            .ToList();

        return new MetricsSnapshot(
            organizationId, engagementId, from, to,
            new ValueList<StatusCount>(Enum.GetValues<InterviewStatus>().Select(s => new StatusCount(s, requestedByStatus.GetValueOrDefault(s)))),
            DurationSummary.Of(requested.Where(i => i.ScheduledAt is not null).Select(i => i.ScheduledAt!.Value - i.RequestedAt)),
            DurationSummary.Of(scored.Select(i => i.ScorecardSubmittedAt!.Value - EndOf(i))),
            Rate.Of(scheduleSla, i => i.ScheduledAt - i.RequestedAt <= TimeSpan.FromDays(terms[i.EngagementId].ScheduleWithinDays)),
            Rate.Of(feedbackSla, i => i.ScorecardSubmittedAt - EndOf(i) <= TimeSpan.FromHours(terms[i.EngagementId].FeedbackWithinHours)),
            Rate.Of(resolved, i => i.Status == InterviewStatus.NoShowCandidate),
            Rate.Of(resolved, i => i.Status == InterviewStatus.NoShowInterviewer),
            Rate.Of(resolved, i => i.Status == InterviewStatus.Cancelled && i.ScheduledStart - i.CancelledAt < LateNotice),
            Rate.Of(scored, i => i.Recommendation is Recommendation.Yes or Recommendation.StrongYes),
            Costs(engagements, held, committedByCurrency),
            new Utilization(
                interviews.Count(i => Interview.Billable.Contains(i.Status) && In(i.ScheduledStart)),
                engagements.Sum(e => e.WeeklyCapacity * DaysRunning(e, from, to) / 7.0)),
            NetPromoterScore.Of(completed.Where(i => i.FeedbackScore is not null).Select(i => i.FeedbackScore!.Value)));
    }

    /// <summary>When the interview ended: its booked end, or when completion was recorded if that came first.</summary>
    private static DateTime EndOf(InterviewFacts interview) =>
        interview.CompletedAt < interview.ScheduledEnd ? interview.CompletedAt.Value : interview.ScheduledEnd!.Value;

    private static double DaysRunning(EngagementFacts engagement, DateTime from, DateTime to)
    {
        var start = engagement.StartsAt > from ? engagement.StartsAt : from;
        var end = new[] { to, engagement.EndsAt ?? to, engagement.ClosedAt ?? to }.Min();
        return end > start ? (end - start).TotalDays : 0;
    }

    private static ValueList<CurrencyCosts> Costs(IReadOnlyList<EngagementFacts> engagements, List<InterviewFacts> held, IReadOnlyDictionary<string, decimal> committed)
    {
        var currencies = engagements.Select(e => e.Currency).Concat(committed.Keys).Concat(held.Where(i => i.Currency.Length > 0).Select(i => i.Currency))
            .Distinct().Order(StringComparer.Ordinal);
        return new ValueList<CurrencyCosts>(currencies.Select(currency =>
        {
            var total = held.Where(i => i.Currency == currency).Sum(i => i.Cost);
            var completedCount = held.Count(i => i.Currency == currency && i.Status == InterviewStatus.Completed);
            var spent = committed.GetValueOrDefault(currency);
            var budget = engagements.Where(e => e.Currency == currency).Sum(e => e.BudgetCap);
            return new CurrencyCosts(currency, Plain(total), completedCount,
                completedCount == 0 ? null : Plain(decimal.Round(total / completedCount, 4)),
                Plain(spent), Plain(budget), budget == 0 ? null : (double)(spent / budget));
        }));
    }

    /// <summary>
    /// Drops trailing zeros: PostgreSQL returns numeric(18,4) with its scale (3570.7100), SQLite's scaled
    /// integers none (3570.71); the same amount must print the same on both.
    /// </summary>
    private static decimal Plain(decimal amount) => amount / 1.0000000000000000000000000000m;
}
