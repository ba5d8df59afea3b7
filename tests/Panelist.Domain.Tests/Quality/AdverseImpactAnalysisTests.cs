using Panelist.Domain.Quality.Statistics;

namespace Panelist.Domain.Tests.Quality;

public sealed class AdverseImpactAnalysisTests
{
    [Fact]
    public void Uniform_Guidelines_QA_12_example_48_of_80_White_and_12_of_40_Black_is_adverse_impact()
    {
        // Questions and Answers on the Uniform Guidelines (44 FR 11996, 1979), Q&A 12: White 48 of 80
        // hired (60%), Black 12 of 40 (30%); 30/60 = 50% < 80%, so adverse impact is indicated.
        // Significance recomputed with exact fractions: Fisher two-sided p = 0.00341;
        // pooled z = −3.098, p = 0.00195.
        var result = AdverseImpactAnalysis.Analyze([new("White", 80, 48), new("Black", 40, 12)]);

        var black = result.Categories.Single(c => c.Category == "Black");
        Assert.Equal("White", result.ReferenceCategory);
        Assert.Equal(0.300, black.SelectionRate!.Value, 3);
        Assert.Equal(0.500, black.ImpactRatio!.Value, 3);
        Assert.True(black.AdverseImpact);
        Assert.Equal(0.003, black.FisherExactP!.Value, 3);
        Assert.Equal(0.00341, black.FisherExactP!.Value, 5);
        Assert.Equal(-3.098, black.ZScore!.Value, 3);
        Assert.Equal(0.002, black.ZTestP!.Value, 3);
        Assert.Equal(120, result.Applicants);
        Assert.Equal(60, result.Selected);
    }

    [Fact]
    public void Brief_example_80_of_120_White_and_12_of_30_Black_gives_a_ratio_of_60_percent_and_is_adverse()
    {
        // 66.7% against 40%: IR = 0.600 < 0.8. Fisher two-sided p = 0.0112 (exact fractions).
        var result = AdverseImpactAnalysis.Analyze([new("White", 120, 80), new("Black", 30, 12)]);

        var white = result.Categories[0];
        var black = result.Categories[1];
        Assert.Equal(0.667, white.SelectionRate!.Value, 3);
        Assert.True(white.IsReference);
        Assert.Equal(1.0, white.ImpactRatio);
        Assert.False(white.AdverseImpact);
        Assert.Equal(0.600, black.ImpactRatio!.Value, 3);
        Assert.True(black.AdverseImpact);
        Assert.Equal(0.011, black.FisherExactP!.Value, 3);
    }

    [Theory]
    [InlineData(40, 50)]
    [InlineData(4, 5)] // 0.04 / 0.05 is 0.7999999999999999 in doubles: the flag must not depend on that.
    [InlineData(56, 70)]
    public void A_ratio_of_exactly_four_fifths_is_not_adverse_impact(int selectedOf100, int referenceSelectedOf100)
    {
        var result = AdverseImpactAnalysis.Analyze([new("A", 100, referenceSelectedOf100), new("B", 100, selectedOf100)]);

        var b = result.Categories.Single(c => c.Category == "B");
        Assert.Equal(0.8, b.ImpactRatio!.Value, 10);
        Assert.False(b.AdverseImpact);
    }

    [Fact]
    public void Just_under_four_fifths_is_adverse_impact()
    {
        var result = AdverseImpactAnalysis.Analyze([new("A", 1000, 500), new("B", 1000, 399)]);

        Assert.True(result.Categories[1].AdverseImpact);
    }

    [Fact]
    public void Intersections_are_categories_like_any_other_and_the_reference_is_the_highest_rate()
    {
        var result = AdverseImpactAnalysis.Analyze(
        [
            new("Male · White", 100, 50), new("Female · White", 100, 45), new("Male · Black", 50, 30), new("Female · Black", 50, 15),
        ]);

        Assert.Equal("Male · Black", result.ReferenceCategory);
        Assert.Equal(0.300 / 0.600, result.Categories.Single(c => c.Category == "Female · Black").ImpactRatio!.Value, 3);
        Assert.Equal([false, true, false, true], result.Categories.Select(c => c.AdverseImpact!.Value));
    }

    [Fact]
    public void Small_cells_are_suppressed_say_so_and_cannot_become_the_reference()
    {
        // "Other" selected 2 of 2 (100%) but is under the minimum of 5: it must neither show its figures
        // nor become the highest-rate reference.
        var result = AdverseImpactAnalysis.Analyze([new("A", 60, 30), new("B", 40, 12), new("Other", 2, 2)], new AdverseImpactOptions { MinimumCellSize = 5 });

        var other = result.Categories.Single(c => c.Category == "Other");
        Assert.Equal("A", result.ReferenceCategory);
        Assert.NotNull(other.Suppression);
        Assert.Contains("5", other.Suppression, StringComparison.Ordinal);
        Assert.Null(other.Applicants);
        Assert.Null(other.Selected);
        Assert.Null(other.SelectionRate);
        Assert.Null(other.ImpactRatio);
        Assert.Null(other.AdverseImpact);
        Assert.Equal(102, result.Applicants);
    }

    [Fact]
    public void Under_the_LL144_two_percent_convention_a_small_category_is_excluded_with_its_justification_but_keeps_its_count_and_rate()
    {
        var options = new AdverseImpactOptions
        {
            MinimumCellSize = 0,
            ExcludeBelowShare = 0.02,
            ExclusionJustification = "Native Hawaiian or Pacific Islander is under 2% of applicants; its rate is too unstable to compare.",
        };

        var result = AdverseImpactAnalysis.Analyze([new("White", 300, 150), new("Black", 191, 80), new("NHPI", 9, 9)], options);

        var nhpi = result.Categories.Single(c => c.Category == "NHPI");
        Assert.Equal("White", result.ReferenceCategory);
        Assert.NotNull(nhpi.Exclusion);
        Assert.Contains("too unstable", nhpi.Exclusion, StringComparison.Ordinal);
        Assert.Equal(9, nhpi.Applicants);
        Assert.Equal(1.0, nhpi.SelectionRate);
        Assert.Equal(0.018, nhpi.ShareOfApplicants!.Value, 3);
        Assert.Null(nhpi.ImpactRatio);
        Assert.Null(result.Categories.Single(c => c.Category == "Black").Exclusion);
    }

    [Fact]
    public void Exactly_two_percent_is_not_excluded()
    {
        var options = new AdverseImpactOptions { MinimumCellSize = 0, ExcludeBelowShare = 0.02, ExclusionJustification = "small" };

        var result = AdverseImpactAnalysis.Analyze([new("A", 98, 49), new("B", 2, 1)], options);

        Assert.Null(result.Categories[1].Exclusion);
        Assert.NotNull(result.Categories[1].ImpactRatio);
    }

    [Fact]
    public void No_impact_ratios_when_no_one_was_selected()
    {
        var result = AdverseImpactAnalysis.Analyze([new("A", 10, 0), new("B", 10, 0)]);

        Assert.NotNull(result.UndefinedReason);
        Assert.All(result.Categories, c => Assert.Null(c.ImpactRatio));
        Assert.All(result.Categories, c => Assert.Equal(0.0, c.SelectionRate));
    }

    [Fact]
    public void Malformed_input_throws_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => AdverseImpactAnalysis.Analyze([]));
        Assert.Throws<ArgumentException>(() => AdverseImpactAnalysis.Analyze([new("A", 10, 11)]));
        Assert.Throws<ArgumentException>(() => AdverseImpactAnalysis.Analyze([new("A", 10, 1), new("A", 10, 2)]));
        Assert.Throws<ArgumentException>(() => AdverseImpactAnalysis.Analyze([new("A", 10, 1)], new AdverseImpactOptions { ExcludeBelowShare = 0.02 }));
    }
}
