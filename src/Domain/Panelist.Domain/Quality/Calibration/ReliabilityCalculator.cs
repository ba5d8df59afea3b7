using Panelist.Domain.Quality.Statistics;
using Panelist.Domain.Rubrics;

namespace Panelist.Domain.Quality.Calibration;

/// <summary>Feeds calibration ratings to the statistics library: no formula lives here, only which ratings go where.</summary>
public static class ReliabilityCalculator
{
    private static readonly RatingScale Scale = new(1, RubricVersion.ScaleMax);

    public static ReliabilityReport Compute(IReadOnlyList<CalibrationObservation> observations)
    {
        var raters = observations.Select(o => o.RaterId).Distinct().Order().ToList();
        var byItem = observations.GroupBy(o => o.Item, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(o => o.RaterId, o => o.Rating), StringComparer.Ordinal);

        var pairs = new List<RaterPairAgreement>();
        for (var a = 0; a < raters.Count; a++)
        {
            for (var b = a + 1; b < raters.Count; b++)
            {
                var shared = byItem.Values.Where(r => r.ContainsKey(raters[a]) && r.ContainsKey(raters[b])).ToList();
                if (shared.Count > 0)
                {
                    pairs.Add(new RaterPairAgreement(raters[a], raters[b],
                        CohenKappa.Compute([.. shared.Select(r => r[raters[a]])], [.. shared.Select(r => r[raters[b]])], Scale, KappaWeighting.Quadratic)));
                }
            }
        }

        var complete = byItem.Values.Where(r => raters.TrueForAll(r.ContainsKey)).ToList();
        string? fleissUnavailable = null, iccUnavailable = null;
        FleissKappaResult? fleiss = null;
        IntraclassCorrelationResult? icc = null;
        if (raters.Count < 2)
        {
            fleissUnavailable = iccUnavailable = "Fewer than two raters have scored.";
        }
        else if (complete.Count == 0)
        {
            fleissUnavailable = iccUnavailable = "No item has been rated by every rater yet.";
        }
        else
        {
            fleiss = FleissKappa.Compute([.. complete.Select(r => (IReadOnlyList<int>)[.. Enumerable.Range(Scale.Minimum, Scale.Levels).Select(level => r.Values.Count(v => v == level))])]);
            if (complete.Count < 2)
            {
                iccUnavailable = "An ICC needs at least two items rated by every rater.";
            }
            else
            {
                icc = IntraclassCorrelation.Compute([.. complete.Select(r => (IReadOnlyList<double>)[.. raters.Select(id => (double)r[id])])]);
            }
        }

        var leniency = raters.Count < 2
            ? []
            : RaterLeniency.Compute(observations.Select(o => new RaterRating<Guid, string>(o.RaterId, o.Item, o.Rating)));
        return new ReliabilityReport(observations.Count, raters, byItem.Count, complete.Count, pairs, fleiss, fleissUnavailable, icc, iccUnavailable,
            [.. leniency.OrderBy(l => l.Rater)]);
    }
}
