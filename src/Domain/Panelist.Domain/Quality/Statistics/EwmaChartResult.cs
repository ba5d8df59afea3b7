namespace Panelist.Domain.Quality.Statistics;

/// <summary>An EWMA chart over a series and the first point at which it left its control limits.</summary>
/// <param name="Observations">Points in the series: the observations the figure rests on.</param>
/// <param name="AlarmIndex">0-based index of the first point outside the limits; null when none was.</param>
/// <param name="Direction">The side of that first breach.</param>
/// <param name="Points">Every point with its statistic and limits (the chart keeps running after an alarm).</param>
public sealed record EwmaChartResult(int Observations, int? AlarmIndex, DriftDirection Direction, IReadOnlyList<EwmaPoint> Points);
