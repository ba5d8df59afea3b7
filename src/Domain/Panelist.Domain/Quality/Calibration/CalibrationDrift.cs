using Panelist.Domain.Quality.Statistics;

namespace Panelist.Domain.Quality.Calibration;

/// <summary>
/// Drift of each rater against their peers: a rater's deviation on an item is their rating minus the mean of
/// the other raters' ratings of it; the series is in the order the rater scored. The EWMA chart (λ = 0.2,
/// L = 3) runs against μ₀ = 0 and σ = the pooled standard deviation of every rater's deviations, which is the
/// organization's usual disagreement.
/// </summary>
public static class CalibrationDrift
{
    public static IReadOnlyDictionary<Guid, EwmaChartResult> Charts(IReadOnlyList<CalibrationScore> scores)
    {
        var byItem = scores.SelectMany(s => s.Ratings.Select(r => (Key: $"{s.SessionId:N}/{s.InterviewId:N}/{r.CriterionKey}", s.InterviewerId, r.Rating)))
            .GroupBy(x => x.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var series = new Dictionary<Guid, List<double>>();
        // A score not yet saved has no time: it is the newest.
        foreach (var score in scores.OrderBy(s => s.CreatedAt == default ? DateTime.MaxValue : s.CreatedAt).ThenBy(s => s.Id))
        {
            foreach (var rating in score.Ratings)
            {
                var others = byItem[$"{score.SessionId:N}/{score.InterviewId:N}/{rating.CriterionKey}"].Where(x => x.InterviewerId != score.InterviewerId).ToList();
                if (others.Count > 0)
                {
                    (series.TryGetValue(score.InterviewerId, out var list) ? list : series[score.InterviewerId] = []).Add(rating.Rating - others.Average(o => o.Rating));
                }
            }
        }

        var pooled = series.Values.SelectMany(v => v).ToList();
        if (pooled.Count < 2 || pooled.Distinct().Count() < 2)
        {
            return new Dictionary<Guid, EwmaChartResult>();
        }

        var baseline = new DriftBaseline(0, DriftBaseline.Estimate(pooled).StandardDeviation);
        return series.ToDictionary(s => s.Key, s => EwmaChart.Monitor(s.Value, baseline));
    }
}
