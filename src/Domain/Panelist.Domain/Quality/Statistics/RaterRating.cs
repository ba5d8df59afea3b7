namespace Panelist.Domain.Quality.Statistics;

/// <summary>One rater's score for one item (an interview, a calibration recording).</summary>
public sealed record RaterRating<TRater, TItem>(TRater Rater, TItem Item, double Score)
    where TRater : notnull
    where TItem : notnull;
