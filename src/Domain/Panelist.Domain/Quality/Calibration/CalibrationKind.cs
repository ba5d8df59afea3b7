namespace Panelist.Domain.Quality.Calibration;

public enum CalibrationKind
{
    /// <summary>Any number of interviewers score the same set of interviews.</summary>
    Calibration,

    /// <summary>
    /// A second interviewer scores one interview blind; the interview's own interviewer takes part through
    /// their submitted scorecard, and neither sees the other's ratings until both are in.
    /// </summary>
    Shadow,
}
