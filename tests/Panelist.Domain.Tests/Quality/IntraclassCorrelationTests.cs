using Panelist.Domain.Quality.Statistics;

namespace Panelist.Domain.Tests.Quality;

public sealed class IntraclassCorrelationTests
{
    // Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
    // reliability. Psychological Bulletin 86(2), 420–428. Table 2: 6 targets × 4 judges.
    private static readonly double[][] ShroutFleissTable2 =
    [
        [9, 2, 5, 8],
        [6, 1, 3, 2],
        [8, 4, 6, 8],
        [7, 1, 2, 6],
        [10, 5, 6, 9],
        [6, 2, 4, 7],
    ];

    [Fact]
    public void Mean_squares_match_Shrout_and_Fleiss_1979_Table_3()
    {
        // Table 3: BMS = 11.24, WMS = 6.26, JMS = 32.49, EMS = 1.02.
        var result = IntraclassCorrelation.Compute(ShroutFleissTable2);

        Assert.Equal(11.24, result.BetweenTargetsMeanSquare, 2);
        Assert.Equal(6.26, result.WithinTargetsMeanSquare, 2);
        Assert.Equal(32.49, result.BetweenRatersMeanSquare, 2);
        Assert.Equal(1.02, result.ResidualMeanSquare, 2);
        Assert.Equal(6, result.Targets);
        Assert.Equal(4, result.Raters);
        Assert.Equal(24, result.Observations);
    }

    [Fact]
    public void Coefficients_match_Shrout_and_Fleiss_1979_Table_4()
    {
        // Table 4, to the two decimals published: ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71,
        // ICC(1,4) = .44, ICC(2,4) = .62, ICC(3,4) = .91.
        var result = IntraclassCorrelation.Compute(ShroutFleissTable2);

        Assert.Equal(0.17, result.Icc1Single!.Value, 2);
        Assert.Equal(0.29, result.Icc2Single!.Value, 2);
        Assert.Equal(0.71, result.Icc3Single!.Value, 2);
        Assert.Equal(0.44, result.Icc1Average!.Value, 2);
        Assert.Equal(0.62, result.Icc2Average!.Value, 2);
        Assert.Equal(0.91, result.Icc3Average!.Value, 2);
    }

    [Fact]
    public void Coefficients_match_the_Table_4_formulas_to_three_decimals_from_the_exact_mean_squares()
    {
        // Exact mean squares of Table 2: BMS = 56.2083/5, WMS = 112.75/18, JMS = 97.4583/3, EMS = 15.2917/15 (sums of squares recomputed by hand).
        // ICC(1,1) = (BMS − WMS)/(BMS + 3·WMS) = 0.166; ICC(2,1) = 0.290; ICC(3,1) = 0.715;
        // ICC(1,4) = 0.443; ICC(2,4) = 0.620; ICC(3,4) = 0.909.
        var result = IntraclassCorrelation.Compute(ShroutFleissTable2);

        Assert.Equal(0.166, result.Icc1Single!.Value, 3);
        Assert.Equal(0.290, result.Icc2Single!.Value, 3);
        Assert.Equal(0.715, result.Icc3Single!.Value, 3);
        Assert.Equal(0.443, result.Icc1Average!.Value, 3);
        Assert.Equal(0.620, result.Icc2Average!.Value, 3);
        Assert.Equal(0.909, result.Icc3Average!.Value, 3);
    }

    [Fact]
    public void Coefficients_are_null_when_every_rating_is_the_same()
    {
        var result = IntraclassCorrelation.Compute([[2.5, 2.5], [2.5, 2.5], [2.5, 2.5]]);

        Assert.Null(result.Icc1Single);
        Assert.Null(result.Icc2Single);
        Assert.Null(result.Icc3Single);
        Assert.Null(result.Icc1Average);
    }

    [Fact]
    public void Malformed_matrices_throw_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => IntraclassCorrelation.Compute([]));
        Assert.Throws<ArgumentException>(() => IntraclassCorrelation.Compute([[1, 2]]));
        Assert.Throws<ArgumentException>(() => IntraclassCorrelation.Compute([[1], [2]]));
        Assert.Throws<ArgumentException>(() => IntraclassCorrelation.Compute([[1, 2], [1, 2, 3]]));
        Assert.Throws<ArgumentException>(() => IntraclassCorrelation.Compute([[1, double.NaN], [1, 2]]));
    }
}
