namespace Panelist.Domain.Quality.Calibration;

public enum RecalibrationTaskStatus
{
    Open,
    Resolved,
}
