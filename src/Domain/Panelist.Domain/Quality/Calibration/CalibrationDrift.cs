using Panelist.Domain.Quality.Statistics;

namespace Panelist.Domain.Quality.Calibration;

/// <summary>
/// Drift of each rater against their peers: a rater's deviation on an item is their rating minus the mean of
/// the other raters' ratings of it; the series is in the order the rater scored. The EWMA chart (λ = 0.2,
/// L = 3) runs against μ₀ = 0 and σ = the pooled standard deviation of every rater's deviations, which is the
/// organization's usual disagreement. A rater who completed a recalibration task starts a new series: only
/// their scores after it count (their earlier ratings still serve as peers' references and in σ).
/// </summary>
public static class CalibrationDrift
{
    public static IReadOnlyDictionary<Guid, EwmaChartResult> Charts(IReadOnlyList<CalibrationScore> scores, IReadOnlyDictionary<Guid, DateTime>? restartedAt = null)
    {
        var byItem = scores.SelectMany(s => s.Ratings.Select(r => (Key: $"{s.SessionId:N}/{s.InterviewId:N}/{r.CriterionKey}", s.InterviewerId, r.Rating)))
            .GroupBy(x => x.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var series = new Dictionary<Guid, List<double>>();
        var pooledDeviations = new List<double>();
        // A score not yet saved has no time: it is the newest.
        foreach (var score in scores.OrderBy(s => s.CreatedAt == default ? DateTime.MaxValue : s.CreatedAt).ThenBy(s => s.Id))
        {
            foreach (var rating in score.Ratings)
            {
                var others = byItem[$"{score.SessionId:N}/{score.InterviewId:N}/{rating.CriterionKey}"].Where(x => x.InterviewerId != score.InterviewerId).ToList();
                if (others.Count == 0)
                {
                    continue;
                }

                var deviation = rating.Rating - others.Average(o => o.Rating);
                pooledDeviations.Add(deviation);
                if (restartedAt is null || !restartedAt.TryGetValue(score.InterviewerId, out var restart) || score.CreatedAt == default || score.CreatedAt > restart)
                {
                    (series.TryGetValue(score.InterviewerId, out var list) ? list : series[score.InterviewerId] = []).Add(deviation);
                }
            }
        }

        var pooled = pooledDeviations;
        if (pooled.Count < 2 || pooled.Distinct().Count() < 2)
        {
            return new Dictionary<Guid, EwmaChartResult>();
        }

        var baseline = new DriftBaseline(0, DriftBaseline.Estimate(pooled).StandardDeviation);
        return series.ToDictionary(s => s.Key, s => EwmaChart.Monitor(s.Value, baseline));
    }
}
