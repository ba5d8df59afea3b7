using Panelist.Domain.Common;

namespace Panelist.Domain.Quality.Calibration;

/// <summary>
/// Several interviewers score the same completed interviews (their recordings) on one rubric version,
/// blind to each other, so that their agreement can be measured.
/// </summary>
public sealed class CalibrationSession : Entity, ITenantOwned
{
    private CalibrationSession()
        : base(default(FromStore))
    {
    }

    internal CalibrationSession(Guid organizationId, string title, Guid rubricVersionId, IReadOnlyList<Guid> interviewIds, IReadOnlyList<Guid> participantIds,
        string createdBy, CalibrationKind kind = CalibrationKind.Calibration, Guid? id = null)
        : base(id)
    {
        Kind = kind;
        OrganizationId = organizationId;
        Title = Guard.Required(title, nameof(title));
        RubricVersionId = rubricVersionId;
        InterviewIds = [.. interviewIds.Distinct()];
        ParticipantIds = [.. participantIds.Distinct()];
        CreatedBy = createdBy;
        Status = CalibrationSessionStatus.Open;
        if (InterviewIds.Count == 0 || InterviewIds.Count > 100)
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, "A session scores 1 to 100 interviews.", "interviewIds");
        }

        if (ParticipantIds.Count < 2 || ParticipantIds.Count > 50)
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, "A session needs 2 to 50 interviewers.", "interviewerIds");
        }
    }

    public Guid OrganizationId { get; private set; }

    public CalibrationKind Kind { get; private set; }

    /// <summary>In a shadow session, the interview's own interviewer, whose scorecard is their score; null otherwise.</summary>
    public Guid? PrimaryInterviewerId => Kind == CalibrationKind.Shadow ? ParticipantIds[0] : null;

    public string Title { get; private set; } = "";

    public Guid RubricVersionId { get; private set; }

    public List<Guid> InterviewIds { get; private set; } = [];

    public List<Guid> ParticipantIds { get; private set; } = [];

    public string CreatedBy { get; private set; } = "";

    public CalibrationSessionStatus Status { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public void Close(DateTime now)
    {
        if (Status == CalibrationSessionStatus.Closed)
        {
            throw new DomainRuleException(ErrorCodes.CalibrationClosed, "The session is already closed.", "sessionId");
        }

        Status = CalibrationSessionStatus.Closed;
        ClosedAt = now;
    }
}
