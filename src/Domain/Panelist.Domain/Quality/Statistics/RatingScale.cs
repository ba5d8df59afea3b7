namespace Panelist.Domain.Quality.Statistics;

/// <summary>An ordinal scale of consecutive whole-number levels, e.g. a rubric's 1–4.</summary>
public sealed record RatingScale
{
    /// <exception cref="ArgumentException">When the scale has fewer than two levels.</exception>
    public RatingScale(int minimum, int maximum)
    {
        if (maximum <= minimum)
        {
            throw new ArgumentException($"A rating scale needs at least two levels; got {minimum}..{maximum}.", nameof(maximum));
        }
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The lowest level.</summary>
    public int Minimum { get; }

    /// <summary>The highest level.</summary>
    public int Maximum { get; }

    /// <summary>Number of levels, k = maximum − minimum + 1.</summary>
    public int Levels => Maximum - Minimum + 1;

    /// <summary>The 0-based position of a rating on the scale.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the rating is off the scale.</exception>
    public int IndexOf(int rating) => rating >= Minimum && rating <= Maximum
        ? rating - Minimum
        : throw new ArgumentOutOfRangeException(nameof(rating), rating, $"The rating is outside the scale {Minimum}..{Maximum}.");
}
