using Panelist.Domain.Quality.Statistics;

namespace Panelist.Domain.Tests.Quality;

public sealed class CohenKappaTests
{
    private static readonly RatingScale YesNo = new(0, 1);

    [Fact]
    public void Unweighted_kappa_matches_the_Wikipedia_50_item_worked_example_of_0_4()
    {
        // Wikipedia "Cohen's kappa", simple example: A and B both yes on 20, A yes/B no on 5, A no/B yes
        // on 10, both no on 15. p_o = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5, κ = 0.4.
        int[][] table = [[20, 5], [10, 15]];

        var result = CohenKappa.FromTable(table, KappaWeighting.Unweighted);

        Assert.Equal(0.400, result.Value!.Value, 3);
        Assert.Equal(0.700, result.ObservedAgreement, 3);
        Assert.Equal(0.500, result.ExpectedAgreement, 3);
        Assert.Equal(50, result.Items);
    }

    [Fact]
    public void Ratings_give_the_same_kappa_as_their_contingency_table()
    {
        // The same 50 items as the Wikipedia example, as two lists of ratings (1 = yes, 0 = no).
        var a = Enumerable.Repeat(1, 25).Concat(Enumerable.Repeat(0, 25)).ToList();
        var b = Enumerable.Repeat(1, 20).Concat(Enumerable.Repeat(0, 5)).Concat(Enumerable.Repeat(1, 10)).Concat(Enumerable.Repeat(0, 15)).ToList();

        var result = CohenKappa.Compute(a, b, YesNo, KappaWeighting.Unweighted);

        Assert.Equal(0.400, result.Value!.Value, 3);
        Assert.Equal(50, result.Items);
    }

    [Fact]
    public void Quadratic_kappa_matches_the_irr_package_anxiety_example_of_0_297()
    {
        // R package irr, data set `anxiety` (raters 1 and 2, 20 subjects, scores 1–6):
        // kappa2(anxiety[, 1:2], "squared") reports κ = 0.297 (Gamer et al., irr documentation).
        int[] rater1 = [3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3];
        int[] rater2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4];

        var quadratic = CohenKappa.Compute(rater1, rater2, new RatingScale(1, 6), KappaWeighting.Quadratic);
        // Linear weights on the same data, computed with exact fractions: κ = 7/37.
        var linear = CohenKappa.Compute(rater1, rater2, new RatingScale(1, 6), KappaWeighting.Linear);

        Assert.Equal(0.297, quadratic.Value!.Value, 3);
        Assert.Equal(7.0 / 37, linear.Value!.Value, 3);
        Assert.Equal(20, quadratic.Items);
        Assert.Equal(6, quadratic.Categories);
    }

    [Fact]
    public void Weighted_kappa_matches_a_hand_computed_three_level_table()
    {
        // Rows: rater A's level, columns: rater B's; 10 items. Row and column totals are both 4, 4, 2.
        // Quadratic weights: w(adjacent) = 1/4, w(0,2) = 1.
        //   Σ w·O = 4 adjacent misses · 1/4 / 10 = 0.10
        //   Σ w·E = (16·¼ + 16·¼ + 8·1 + 8·1 + 8·¼ + 8·¼) / 100 = 0.28      κ_q = 1 − 0.10/0.28 = 9/14
        // Linear weights (½, 1): Σ w·O = 0.20, Σ w·E = 0.40                  κ_l = 0.5
        // Unweighted: p_o = 6/10, p_e = (16 + 16 + 4)/100 = 0.36             κ = 0.24/0.64 = 0.375
        int[][] table = [[3, 1, 0], [1, 2, 1], [0, 1, 1]];

        Assert.Equal(9.0 / 14, CohenKappa.FromTable(table, KappaWeighting.Quadratic).Value!.Value, 3);
        Assert.Equal(0.500, CohenKappa.FromTable(table, KappaWeighting.Linear).Value!.Value, 3);
        Assert.Equal(0.375, CohenKappa.FromTable(table, KappaWeighting.Unweighted).Value!.Value, 3);
    }

    [Fact]
    public void Kappa_is_undefined_when_both_raters_used_one_and_the_same_level()
    {
        var result = CohenKappa.Compute([2, 2, 2, 2], [2, 2, 2, 2], new RatingScale(1, 4), KappaWeighting.Quadratic);

        Assert.Null(result.Value);
        Assert.NotNull(result.UndefinedReason);
        Assert.Equal(1.0, result.ObservedAgreement);
        Assert.Equal(1.0, result.ExpectedAgreement);
        Assert.Equal(4, result.Items);
    }

    [Fact]
    public void Perfect_agreement_over_two_levels_is_kappa_1()
    {
        var result = CohenKappa.Compute([1, 2, 1, 2], [1, 2, 1, 2], new RatingScale(1, 4), KappaWeighting.Quadratic);

        Assert.Equal(1.0, result.Value!.Value, 10);
    }

    [Fact]
    public void Malformed_input_throws_ArgumentException()
    {
        var scale = new RatingScale(1, 4);

        Assert.ThrowsAny<ArgumentException>(() => CohenKappa.Compute([], [], scale, KappaWeighting.Unweighted));
        Assert.ThrowsAny<ArgumentException>(() => CohenKappa.Compute([1, 2], [1], scale, KappaWeighting.Unweighted));
        Assert.ThrowsAny<ArgumentException>(() => CohenKappa.Compute([1, 5], [1, 2], scale, KappaWeighting.Unweighted));
        Assert.ThrowsAny<ArgumentException>(() => CohenKappa.FromTable([[1, 2], [3]], KappaWeighting.Unweighted));
        Assert.ThrowsAny<ArgumentException>(() => new RatingScale(3, 3));
    }
}
