using MathNet.Numerics.Distributions;
using Panelist.Domain.Quality.Statistics;

namespace Panelist.Domain.Tests.Quality;

public sealed class DriftChartTests
{
    private const int Step = 40;
    private static readonly DriftBaseline Standard = new(0, 1);

    // 40 in-control N(0, 1) deviations (fixed seed), then a sustained shift of `shift` σ for 30 points.
    private static List<double> StepSeries(double shift)
    {
        var noise = new double[Step + 30];
        Normal.Samples(new Random(20260527), noise, 0, 1);
        return noise.Select((x, t) => t < Step ? x : x + shift).ToList();
    }

    [Theory]
    [InlineData(2.0, DriftDirection.Up)]
    [InlineData(-2.0, DriftDirection.Down)]
    public void Ewma_alarms_soon_after_a_two_sigma_step_and_not_before(double shift, DriftDirection direction)
    {
        // λ = 0.2, L = 3: the limits settle at ±3·√(0.2/1.8) = ±1σ; a 2σ step takes z past them in
        // about four points (2·(1 − 0.8⁴) = 1.18).
        var result = EwmaChart.Monitor(StepSeries(shift), Standard);

        Assert.NotNull(result.AlarmIndex);
        Assert.InRange(result.AlarmIndex!.Value, Step, Step + 10);
        Assert.Equal(direction, result.Direction);
        Assert.Equal(70, result.Observations);
        Assert.All(result.Points.Take(Step), p => Assert.InRange(p.Statistic, p.LowerLimit, p.UpperLimit));
    }

    [Theory]
    [InlineData(2.0, DriftDirection.Up)]
    [InlineData(-2.0, DriftDirection.Down)]
    public void Cusum_alarms_soon_after_a_two_sigma_step_and_not_before(double shift, DriftDirection direction)
    {
        // k = 0.5, h = 5: each shifted point adds about 1.5σ to the sum, so H = 5σ falls in about four points.
        var result = CusumChart.Monitor(StepSeries(shift), Standard);

        Assert.NotNull(result.AlarmIndex);
        Assert.InRange(result.AlarmIndex!.Value, Step, Step + 10);
        Assert.Equal(direction, result.Direction);
        Assert.All(result.Points.Take(Step), p => Assert.True(p.Upper <= p.DecisionInterval && p.Lower <= p.DecisionInterval));
    }

    [Fact]
    public void Neither_chart_alarms_on_an_in_control_series()
    {
        var series = StepSeries(0);

        Assert.Null(EwmaChart.Monitor(series, Standard).AlarmIndex);
        Assert.Equal(DriftDirection.None, CusumChart.Monitor(series, Standard).Direction);
    }

    [Fact]
    public void Cusum_sums_follow_the_tabular_recursion()
    {
        // μ₀ = 0, σ = 1, K = 0.5: C⁺ = max(0, x − 0.5 + C⁺), C⁻ = max(0, −0.5 − x + C⁻).
        var result = CusumChart.Monitor([1, 2, -1, 0], Standard);

        Assert.Equal([0.5, 2.0, 0.5, 0.0], result.Points.Select(p => p.Upper));
        Assert.Equal([0.0, 0.0, 0.5, 0.0], result.Points.Select(p => p.Lower));
    }

    [Fact]
    public void A_baseline_is_estimated_from_an_in_control_period()
    {
        var baseline = DriftBaseline.Estimate([1, 2, 3]);

        Assert.Equal(2, baseline.Mean);
        Assert.Equal(1, baseline.StandardDeviation, 10);
    }

    [Fact]
    public void Invalid_series_or_parameters_throw_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => EwmaChart.Monitor([], Standard));
        Assert.Throws<ArgumentException>(() => CusumChart.Monitor([double.NaN], Standard));
        Assert.Throws<ArgumentException>(() => EwmaChart.Monitor([1], Standard, smoothing: 0));
        Assert.Throws<ArgumentException>(() => new DriftBaseline(0, 0));
        Assert.Throws<ArgumentException>(() => DriftBaseline.Estimate([1]));
    }
}
