using Panelist.Domain.Quality.Statistics;

namespace Panelist.Domain.Tests.Quality;

public sealed class SignificanceTestTests
{
    [Fact]
    public void Fisher_two_sided_p_for_the_lady_tasting_tea_is_0_486()
    {
        // Fisher (1935), The Design of Experiments: 8 cups, 4 milk-first; she names 3 of the 4 correctly.
        // Table [[3, 1], [1, 3]]; P(3) = P(1) = 16/70, P(0) = P(4) = 1/70, two-sided p = 34/70 = 0.486
        // (R: fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value = 0.4857).
        Assert.Equal(0.486, FisherExactTest.TwoSided(3, 1, 1, 3), 3);
        Assert.Equal(34.0 / 70, FisherExactTest.TwoSided(3, 1, 1, 3), 12);
    }

    [Fact]
    public void Fisher_p_is_1_for_a_table_without_association_and_2_over_70_for_a_perfect_tea_taster()
    {
        Assert.Equal(1.0, FisherExactTest.TwoSided(2, 2, 2, 2), 12);
        Assert.Equal(2.0 / 70, FisherExactTest.TwoSided(4, 0, 0, 4), 12);
    }

    [Fact]
    public void Two_proportion_z_is_null_when_everyone_or_no_one_succeeded()
    {
        Assert.Null(TwoProportionZTest.Compute(0, 10, 0, 20));
        Assert.Null(TwoProportionZTest.Compute(10, 10, 20, 20));
        Assert.Null(TwoProportionZTest.Compute(0, 0, 3, 20));
    }

    [Fact]
    public void Two_proportion_z_of_30_of_100_against_50_of_100()
    {
        // p̂ = 0.4, SE = √(0.4·0.6·0.02) = 0.069282, z = −0.2/0.069282 = −2.887, p = 2Φ(−2.887) = 0.0039.
        var (z, p) = TwoProportionZTest.Compute(30, 100, 50, 100)!.Value;

        Assert.Equal(-2.887, z, 3);
        Assert.Equal(0.004, p, 3);
    }

    [Fact]
    public void Negative_cells_throw_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => FisherExactTest.TwoSided(-1, 1, 1, 1));
        Assert.Throws<ArgumentException>(() => FisherExactTest.TwoSided(0, 0, 0, 0));
        Assert.Throws<ArgumentException>(() => TwoProportionZTest.Compute(5, 4, 1, 1));
    }
}
