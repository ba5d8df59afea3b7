namespace Panelist.Domain.Quality.Statistics;

/// <summary>A tabular CUSUM over a series and the first point at which it signalled.</summary>
/// <param name="Observations">Points in the series: the observations the figure rests on.</param>
/// <param name="AlarmIndex">0-based index of the first point where C⁺ or C⁻ exceeded H; null when none did.</param>
/// <param name="Direction">Which sum signalled first (C⁺: up, C⁻: down).</param>
/// <param name="Points">Every point with both sums (the sums keep running after an alarm, without reset).</param>
public sealed record CusumChartResult(int Observations, int? AlarmIndex, DriftDirection Direction, IReadOnlyList<CusumPoint> Points);
