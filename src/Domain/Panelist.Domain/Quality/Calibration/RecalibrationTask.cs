using Panelist.Domain.Common;
using Panelist.Domain.Quality.Statistics;

namespace Panelist.Domain.Quality.Calibration;

/// <summary>
/// Opened when an interviewer's calibration deviations drift (an EWMA alarm): they should recalibrate on the
/// rubric. One open task per interviewer and organization; the figures that raised it are kept.
/// </summary>
public sealed class RecalibrationTask : Entity, ITenantOwned
{
    private RecalibrationTask()
    {
    }

    internal RecalibrationTask(Guid organizationId, Guid interviewerId, DriftDirection direction, int observations, double statistic, double limit, Guid? id = null)
    {
        Id = id ?? Guid.CreateVersion7();
        OrganizationId = organizationId;
        InterviewerId = interviewerId;
        Direction = direction;
        Observations = observations;
        Statistic = statistic;
        Limit = limit;
        Status = RecalibrationTaskStatus.Open;
    }

    public Guid OrganizationId { get; private set; }

    public Guid InterviewerId { get; private set; }

    /// <summary>Up: more lenient than peers; down: more severe.</summary>
    public DriftDirection Direction { get; private set; }

    /// <summary>Deviations in the series when the chart alarmed: the n behind the alarm.</summary>
    public int Observations { get; private set; }

    /// <summary>The EWMA statistic at the alarm.</summary>
    public double Statistic { get; private set; }

    /// <summary>The control limit it crossed.</summary>
    public double Limit { get; private set; }

    public RecalibrationTaskStatus Status { get; private set; }
}
