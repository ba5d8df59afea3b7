using Panelist.Domain.Quality.Statistics;

namespace Panelist.Domain.Tests.Quality;

public sealed class FleissKappaTests
{
    [Fact]
    public void Kappa_matches_the_Wikipedia_worked_example_of_10_subjects_14_raters_5_categories()
    {
        // Wikipedia "Fleiss' kappa", worked example: P̄ = 0.378, P̄_e = 0.213, κ = 0.210,
        // p_j = 0.143, 0.200, 0.279, 0.150, 0.229.
        int[][] counts =
        [
            [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
        ];

        var result = FleissKappa.Compute(counts);

        Assert.Equal(0.210, result.Value!.Value, 3);
        Assert.Equal(0.378, result.MeanAgreement, 3);
        Assert.Equal(0.213, result.ExpectedAgreement, 3);
        Assert.Equal([0.143, 0.200, 0.279, 0.150, 0.229], result.PerCategory.Select(c => Math.Round(c.Proportion, 3)));
        Assert.Equal(10, result.Items);
        Assert.Equal(14, result.RatersPerItem);
        Assert.Equal(5, result.Categories);
    }

    [Fact]
    public void Kappa_and_per_category_kappas_match_Fleiss_1971_Table_1_psychiatric_diagnoses()
    {
        // Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
        // Bulletin 76(5), 378–382: 30 patients, 6 psychiatrists each, categories depression,
        // personality disorder, schizophrenia, neurosis, other. κ = 0.430; per category 0.245, 0.245,
        // 0.520, 0.471, 0.566 (also R irr::kappam.fleiss(diagnoses, detail = TRUE)).
        int[][] counts =
        [
            [0, 0, 0, 6, 0], [0, 3, 0, 0, 3], [0, 1, 4, 0, 1], [0, 0, 0, 0, 6], [0, 3, 0, 3, 0],
            [2, 0, 4, 0, 0], [0, 0, 4, 0, 2], [2, 0, 3, 1, 0], [2, 0, 0, 4, 0], [0, 0, 0, 0, 6],
            [1, 0, 0, 5, 0], [1, 1, 0, 4, 0], [0, 3, 3, 0, 0], [1, 0, 0, 5, 0], [0, 2, 0, 3, 1],
            [0, 0, 5, 0, 1], [3, 0, 0, 1, 2], [5, 1, 0, 0, 0], [0, 2, 0, 4, 0], [1, 0, 2, 0, 3],
            [0, 0, 0, 0, 6], [0, 1, 0, 5, 0], [0, 2, 0, 1, 3], [2, 0, 0, 4, 0], [1, 0, 0, 4, 1],
            [0, 5, 0, 1, 0], [4, 0, 0, 0, 2], [0, 2, 0, 4, 0], [1, 0, 5, 0, 0], [0, 0, 0, 0, 6],
        ];

        var result = FleissKappa.Compute(counts);

        Assert.Equal(0.430, result.Value!.Value, 3);
        Assert.Equal([0.245, 0.245, 0.520, 0.471, 0.566], result.PerCategory.Select(c => Math.Round(c.Value!.Value, 3)));
        Assert.Equal(30, result.Items);
        Assert.Equal(6, result.RatersPerItem);
    }

    [Fact]
    public void Kappa_is_undefined_when_every_rating_fell_in_one_category_and_the_unused_category_has_no_kappa()
    {
        var result = FleissKappa.Compute([[3, 0], [3, 0]]);

        Assert.Null(result.Value);
        Assert.NotNull(result.UndefinedReason);
        Assert.Null(result.PerCategory[0].Value);
        Assert.Null(result.PerCategory[1].Value);
    }

    [Fact]
    public void Malformed_count_matrices_throw_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => FleissKappa.Compute([]));
        Assert.Throws<ArgumentException>(() => FleissKappa.Compute([[1, 2], [1, 1, 1]]));
        Assert.Throws<ArgumentException>(() => FleissKappa.Compute([[1, 2], [1, 1]]));
        Assert.Throws<ArgumentException>(() => FleissKappa.Compute([[1, 0], [0, 1]]));
        Assert.Throws<ArgumentException>(() => FleissKappa.Compute([[3, -1], [1, 1]]));
    }
}
