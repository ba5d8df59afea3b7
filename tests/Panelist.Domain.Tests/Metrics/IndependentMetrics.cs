using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Metrics;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Tests.Metrics;

/// <summary>
/// The metrics recomputed from scratch, plainly, over every row loaded into memory (LINQ to objects):
/// the oracle the calculator is checked against. Deliberately shares no code with the calculator.
/// </summary>
public sealed class IndependentMetrics(List<Engagement> engagements, List<Interview> interviews, List<Scorecard> scorecards, List<CandidateFeedback> feedback)
{
    public MetricsSnapshot Compute(Guid organizationId, MetricsScope scope, DateTime now)
    {
        var to = scope.To ?? now;
        var from = scope.From ?? to.AddDays(-30);
        bool InWindow(DateTime? t) => t.HasValue && from <= t.Value && t.Value < to;

        var myEngagements = engagements.Where(e => e.OrganizationId == organizationId && (scope.EngagementId == null || e.Id == scope.EngagementId)).ToList();
        var ids = myEngagements.Select(e => e.Id).ToHashSet();
        var mine = interviews.Where(i => i.OrganizationId == organizationId && ids.Contains(i.EngagementId)).ToList();
        Engagement TermsOf(Interview i) => myEngagements.Single(e => e.Id == i.EngagementId);
        Scorecard? ScorecardOf(Interview i) => scorecards.SingleOrDefault(s => s.InterviewId == i.Id && s.SubmittedAt != null);
        CandidateFeedback? FeedbackOf(Interview i) => feedback.SingleOrDefault(f => f.InterviewId == i.Id);
        DateTime Ended(Interview i) => i.CompletedAt!.Value < i.ScheduledEnd!.Value ? i.CompletedAt.Value : i.ScheduledEnd.Value;

        var requested = mine.Where(i => InWindow(i.RequestedAt)).ToList();
        var counts = new List<StatusCount>();
        foreach (var status in new[] { InterviewStatus.Requested, InterviewStatus.Scheduled, InterviewStatus.Completed, InterviewStatus.NoShowCandidate, InterviewStatus.NoShowInterviewer, InterviewStatus.Cancelled })
        {
            counts.Add(new StatusCount(status, requested.Count(i => i.Status == status)));
        }

        var booked = requested.Where(i => i.ScheduledAt != null).ToList();
        var scheduleDue = requested.Where(i => i.ScheduledAt != null
            || (i.Status != InterviewStatus.Cancelled && i.RequestedAt.AddDays(TermsOf(i).ServiceLevel.ScheduleWithinDays) <= now)).ToList();
        var scheduleMet = scheduleDue.Count(i => i.ScheduledAt != null && i.ScheduledAt.Value - i.RequestedAt <= TimeSpan.FromDays(TermsOf(i).ServiceLevel.ScheduleWithinDays));

        var held = mine.Where(i => (i.Status == InterviewStatus.Completed || i.Status == InterviewStatus.NoShowCandidate || i.Status == InterviewStatus.NoShowInterviewer)
            && InWindow(i.CompletedAt)).ToList();
        var cancelledAfterBooking = mine.Where(i => i.Status == InterviewStatus.Cancelled && i.ScheduledStart != null && InWindow(i.CancelledAt)).ToList();
        var resolved = held.Count + cancelledAfterBooking.Count;
        var late = cancelledAfterBooking.Count(i => i.ScheduledStart!.Value - i.CancelledAt!.Value < TimeSpan.FromHours(24));

        var completed = held.Where(i => i.Status == InterviewStatus.Completed).ToList();
        var scored = completed.Where(i => ScorecardOf(i) != null).ToList();
        var feedbackDue = completed.Where(i => ScorecardOf(i) != null || Ended(i).AddHours(TermsOf(i).ServiceLevel.FeedbackWithinHours) <= now).ToList();
        var feedbackMet = feedbackDue.Count(i => ScorecardOf(i) is { } s && s.SubmittedAt!.Value - Ended(i) <= TimeSpan.FromHours(TermsOf(i).ServiceLevel.FeedbackWithinHours));
        var passed = scored.Count(i => ScorecardOf(i)!.Recommendation is Recommendation.Yes or Recommendation.StrongYes);
        var scores = completed.Select(FeedbackOf).Where(f => f != null).Select(f => f!.Score).ToList();

        var costs = new List<CurrencyCosts>();
        var currencies = myEngagements.Select(e => e.Pricing.Currency).Concat(mine.Where(i => i.Currency != "").Select(i => i.Currency)).Distinct().OrderBy(c => c, StringComparer.Ordinal);
        foreach (var currency in currencies)
        {
            var total = held.Where(i => i.Currency == currency).Sum(i => i.Cost);
            var completedHere = completed.Count(i => i.Currency == currency);
            var committed = mine.Where(i => i.Currency == currency
                && (i.Status == InterviewStatus.Scheduled || i.Status == InterviewStatus.Completed || i.Status == InterviewStatus.NoShowCandidate)).Sum(i => i.Cost);
            var budget = myEngagements.Where(e => e.Pricing.Currency == currency).Sum(e => e.Pricing.BudgetCap);
            costs.Add(new CurrencyCosts(currency, total, completedHere, completedHere == 0 ? null : Math.Round(total / completedHere, 4),
                committed, budget, budget == 0 ? null : (double)(committed / budget)));
        }

        var bookedSlots = mine.Count(i => (i.Status == InterviewStatus.Scheduled || i.Status == InterviewStatus.Completed || i.Status == InterviewStatus.NoShowCandidate)
            && InWindow(i.ScheduledStart));
        var offered = 0.0;
        foreach (var e in myEngagements)
        {
            var runFrom = e.StartsAt > from ? e.StartsAt : from;
            var runTo = to;
            if (e.EndsAt < runTo)
            {
                runTo = e.EndsAt.Value;
            }

            if (e.ClosedAt < runTo)
            {
                runTo = e.ClosedAt.Value;
            }

            if (runTo > runFrom)
            {
                offered += e.WeeklyCapacity * (runTo - runFrom).TotalDays / 7.0;
            }
        }

        return new MetricsSnapshot(organizationId, scope.EngagementId, from, to,
            new ValueList<StatusCount>(counts),
            Durations(booked.Select(i => (i.ScheduledAt!.Value - i.RequestedAt).TotalHours)),
            Durations(scored.Select(i => (ScorecardOf(i)!.SubmittedAt!.Value - Ended(i)).TotalHours)),
            new Rate(scheduleMet, scheduleDue.Count),
            new Rate(feedbackMet, feedbackDue.Count),
            new Rate(held.Count(i => i.Status == InterviewStatus.NoShowCandidate), resolved),
            new Rate(held.Count(i => i.Status == InterviewStatus.NoShowInterviewer), resolved),
            new Rate(late, resolved),
            new Rate(passed, scored.Count),
            new ValueList<CurrencyCosts>(costs),
            new Utilization(bookedSlots, offered),
            new NetPromoterScore(scores.Count(s => s >= 9), scores.Count(s => s == 7 || s == 8), scores.Count(s => s <= 6)));
    }

    /// <summary>Median and p90 by linear interpolation between closest ranks (type 7), written out.</summary>
    private static DurationSummary Durations(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0)
        {
            return new DurationSummary(0, null, null);
        }

        double Percentile(double q)
        {
            var h = (sorted.Count - 1) * q;
            var low = (int)Math.Floor(h);
            return low + 1 < sorted.Count ? sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]) : sorted[low];
        }

        return new DurationSummary(sorted.Count, Percentile(0.5), Percentile(0.9));
    }
}
