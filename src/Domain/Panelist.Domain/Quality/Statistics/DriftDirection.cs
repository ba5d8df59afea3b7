namespace Panelist.Domain.Quality.Statistics;

/// <summary>Which way a control chart signalled.</summary>
public enum DriftDirection
{
    /// <summary>No alarm.</summary>
    None,

    /// <summary>The series drifted above the baseline (a rater grew more lenient).</summary>
    Up,

    /// <summary>The series drifted below the baseline (a rater grew more severe).</summary>
    Down,
}
