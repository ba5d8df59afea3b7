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
        : base(default(FromStore))
    {
    }

    internal RecalibrationTask(Guid organizationId, Guid interviewerId, DriftDirection direction, int observations, double statistic, double limit, Guid? id = null)
        : base(id)
    {
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

    /// <summary>The closed calibration session the interviewer recalibrated in; its ratings are the evidence.</summary>
    public Guid? CalibrationSessionId { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    /// <summary>The reviewer who completed the task (the actor's subject, as on sessions).</summary>
    public string? CompletedBy { get; private set; }

    public string? Note { get; private set; }

    /// <summary>
    /// Closes the task on the evidence of a closed session begun after the alarm, in which the interviewer
    /// scored; from then on their drift chart starts again (see <see cref="CalibrationDrift"/>).
    /// </summary>
    internal void Complete(CalibrationSession session, bool interviewerScored, string? note, string completedBy, DateTime now)
    {
        if (Status != RecalibrationTaskStatus.Open)
        {
            throw new DomainRuleException(ErrorCodes.RecalibrationTaskCompleted, "This recalibration task is already completed.", "taskId");
        }

        if (session.OrganizationId != OrganizationId || session.Status != CalibrationSessionStatus.Closed || session.CreatedAt < CreatedAt)
        {
            throw new DomainRuleException(ErrorCodes.RecalibrationEvidenceInvalid,
                "The evidence must be a closed calibration session of the same organization, begun after the task was opened.", "calibrationSessionId");
        }

        if (!session.ParticipantIds.Contains(InterviewerId) || !interviewerScored)
        {
            throw new DomainRuleException(ErrorCodes.RecalibrationEvidenceInvalid, "The interviewer did not score in that calibration session.", "calibrationSessionId");
        }

        var trimmed = note?.Trim();
        if (trimmed is { Length: > 2000 })
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, "A note is at most 2000 characters.", "note");
        }

        Status = RecalibrationTaskStatus.Completed;
        CalibrationSessionId = session.Id;
        CompletedAt = now;
        CompletedBy = completedBy;
        Note = string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
