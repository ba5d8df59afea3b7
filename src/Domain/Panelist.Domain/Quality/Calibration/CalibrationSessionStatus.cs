namespace Panelist.Domain.Quality.Calibration;

public enum CalibrationSessionStatus
{
    /// <summary>Participants are scoring.</summary>
    Open,

    /// <summary>No more scores; every participant sees every score.</summary>
    Closed,
}
