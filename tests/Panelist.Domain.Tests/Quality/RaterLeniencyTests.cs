using Panelist.Domain.Quality.Statistics;

namespace Panelist.Domain.Tests.Quality;

public sealed class RaterLeniencyTests
{
    private static List<RaterRating<string, int>> Ratings(string rater, params double[] scores) =>
        scores.Select((s, item) => new RaterRating<string, int>(rater, item, s)).ToList();

    [Fact]
    public void A_rater_one_point_above_peers_on_the_same_items_is_lenient_and_the_peers_are_standardised_against_the_rest()
    {
        // A and B score 2, 3, 2, 3; C scores one more on each item.
        // C: x̄ = 3.5, reference = A and B's 8 ratings, x̄_ref = 2.5, s_ref = √(8·0.25/7) = 0.5345 → z = 1.871.
        // A: x̄ = 2.5, reference = B's and C's ratings, x̄_ref = 3.0, s_ref = √(4/7) = 0.7559 → z = −0.661.
        var ratings = Ratings("A", 2, 3, 2, 3).Concat(Ratings("B", 2, 3, 2, 3)).Concat(Ratings("C", 3, 4, 3, 4));

        var results = RaterLeniency.Compute(ratings).ToDictionary(r => r.Rater);

        Assert.Equal(1.871, results["C"].ZScore!.Value, 3);
        Assert.Equal(-0.661, results["A"].ZScore!.Value, 3);
        Assert.Equal(-0.661, results["B"].ZScore!.Value, 3);
        Assert.Equal(4, results["C"].Items);
        Assert.Equal(8, results["C"].ReferenceRatings);
    }

    [Fact]
    public void Only_items_shared_with_another_rater_count()
    {
        // C also rated item 9 alone; it must not shift C's mean.
        var ratings = Ratings("A", 2, 3).Concat(Ratings("C", 3, 4)).Append(new RaterRating<string, int>("C", 9, 1));

        var c = RaterLeniency.Compute(ratings).Single(r => r.Rater == "C");

        Assert.Equal(2, c.Items);
        Assert.Equal(3.5, c.Mean);
    }

    [Fact]
    public void The_z_score_is_null_with_a_reason_when_peers_gave_no_spread_or_no_item_is_shared()
    {
        var ratings = Ratings("A", 3, 3).Concat(Ratings("B", 4, 2)).Append(new RaterRating<string, int>("D", 7, 3));

        var results = RaterLeniency.Compute(ratings).ToDictionary(r => r.Rater);

        Assert.Null(results["B"].ZScore);
        Assert.NotNull(results["B"].UndefinedReason);
        Assert.Null(results["D"].ZScore);
        Assert.Equal(0, results["D"].Items);
    }

    [Fact]
    public void Malformed_input_throws_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => RaterLeniency.Compute(new List<RaterRating<string, int>>()));
        Assert.Throws<ArgumentException>(() => RaterLeniency.Compute(Ratings("A", 1, 2, 3)));
        Assert.Throws<ArgumentException>(() => RaterLeniency.Compute(Ratings("A", 1).Concat(Ratings("A", 2)).Concat(Ratings("B", 1))));
        Assert.Throws<ArgumentException>(() => RaterLeniency.Compute(Ratings("A", double.NaN).Concat(Ratings("B", 1))));
    }
}
