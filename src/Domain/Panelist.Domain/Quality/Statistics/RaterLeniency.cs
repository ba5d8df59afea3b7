using MathNet.Numerics.Statistics;

namespace Panelist.Domain.Quality.Statistics;

/// <summary>
/// Leniency/severity per rater, standardised against peers on the same items:
/// <code>
/// I_r   = items rated by r and by at least one other rater
/// x̄_r   = mean of r's scores on I_r
/// x̄_ref, s_ref = mean and sample SD of every other rater's scores on I_r
/// z_r   = (x̄_r − x̄_ref) / s_ref
/// </code>
/// Restricting the reference to the same items keeps a rater who drew strong candidates from looking
/// lenient. Conventions: malformed input (no ratings, a single rater, a rater rating one item twice,
/// a non-finite score) throws <see cref="ArgumentException"/>; a rater who shares no item, or whose
/// reference has no spread, gets a null z with the reason.
/// </summary>
public static class RaterLeniency
{
    /// <summary>One result per rater, in order of first appearance.</summary>
    public static IReadOnlyList<RaterLeniencyResult<TRater>> Compute<TRater, TItem>(IEnumerable<RaterRating<TRater, TItem>> ratings)
        where TRater : notnull
        where TItem : notnull
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var all = ratings.ToList();
        Validate(all);
        var byItem = all.GroupBy(r => r.Item).ToDictionary(g => g.Key, g => g.ToList());
        var raters = all.Select(r => r.Rater).Distinct().ToList();
        return raters.Select(rater => Compute(rater, all, byItem)).ToList();
    }

    private static RaterLeniencyResult<TRater> Compute<TRater, TItem>(TRater rater, List<RaterRating<TRater, TItem>> all, Dictionary<TItem, List<RaterRating<TRater, TItem>>> byItem)
        where TRater : notnull
        where TItem : notnull
    {
        var comparer = EqualityComparer<TRater>.Default;
        var own = new List<double>();
        var reference = new List<double>();
        foreach (var mine in all.Where(r => comparer.Equals(r.Rater, rater)))
        {
            var others = byItem[mine.Item].Where(r => !comparer.Equals(r.Rater, rater)).Select(r => r.Score).ToList();
            if (others.Count == 0)
            {
                continue;
            }
            own.Add(mine.Score);
            reference.AddRange(others);
        }
        if (own.Count == 0)
        {
            return new RaterLeniencyResult<TRater>(rater, 0, 0, null, null, null, null, "The rater shares no item with another rater.");
        }
        var mean = own.Mean();
        var referenceMean = reference.Mean();
        double? sd = reference.Count >= 2 ? reference.StandardDeviation() : null;
        var reason = sd switch
        {
            null => "Only one reference rating: its spread is unknown.",
            0 => "The other raters gave these items all the same score: no spread to standardise against.",
            _ => null,
        };
        double? z = reason is null ? (mean - referenceMean) / sd : null;
        return new RaterLeniencyResult<TRater>(rater, own.Count, reference.Count, mean, referenceMean, sd, z, reason);
    }

    private static void Validate<TRater, TItem>(List<RaterRating<TRater, TItem>> ratings)
        where TRater : notnull
        where TItem : notnull
    {
        if (ratings.Count == 0)
        {
            throw new ArgumentException("Leniency needs ratings.", nameof(ratings));
        }
        if (ratings.Select(r => r.Rater).Distinct().Take(2).Count() < 2)
        {
            throw new ArgumentException("Leniency compares raters with each other: a single rater has no peers.", nameof(ratings));
        }
        var duplicate = ratings.GroupBy(r => (r.Rater, r.Item)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Rater {duplicate.Key.Rater} rated item {duplicate.Key.Item} more than once.", nameof(ratings));
        }
        var bad = ratings.FirstOrDefault(r => !double.IsFinite(r.Score));
        if (bad is not null)
        {
            throw new ArgumentException($"Rater {bad.Rater} gave item {bad.Item} a score that is not a finite number.", nameof(ratings));
        }
    }
}
