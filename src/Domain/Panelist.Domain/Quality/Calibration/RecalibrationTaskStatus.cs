namespace Panelist.Domain.Quality.Calibration;

public enum RecalibrationTaskStatus
{
    Open,

    /// <summary>The interviewer has recalibrated.</summary>
    Completed,
}
