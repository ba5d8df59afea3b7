namespace Panelist.Domain.Quality.Calibration;

/// <summary>One rating the reliability figures rest on: a rater's level (1–4) for one item (a criterion of one interview in one session).</summary>
public sealed record CalibrationObservation(Guid RaterId, string Item, int Rating);
