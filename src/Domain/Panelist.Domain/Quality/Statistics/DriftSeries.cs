namespace Panelist.Domain.Quality.Statistics;

/// <summary>The input checks the drift charts share.</summary>
internal static class DriftSeries
{
    public static void Validate(IReadOnlyList<double> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
        {
            throw new ArgumentException("A drift chart needs at least one observation.", nameof(series));
        }
        for (var t = 0; t < series.Count; t++)
        {
            if (!double.IsFinite(series[t]))
            {
                throw new ArgumentException($"Observation {t} is not a finite number.", nameof(series));
            }
        }
    }
}
