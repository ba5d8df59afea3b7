using Panelist.Domain.Changes;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Quality.Audits;
using Panelist.Domain.Quality.Calibration;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Quality.Scores;

/// <summary>
/// Where the rows of one interviewer's quality score can change, so that a live score recomputes on the change notices
/// that may move it and on no other: <see cref="Touches"/> is the filter, and <see cref="QualityScoreService.SourcesAsync"/>
/// finds the organizations and the calibration peers it needs (they change with a new assignment or a new session, whose
/// notices it lets through, so that they are found again).
/// </summary>
/// <param name="Organizations">Every organization the interviewer has been assigned in: candidate feedback names no
/// interviewer, only the organization of the interview it is about.</param>
/// <param name="Raters">The other participants of the calibration sessions the interviewer takes part in: their ratings of the
/// same items move the interviewer's κ.</param>
/// <param name="ShadowPrimaries">The interviewers whose interview this one shadows: their submitted scorecard is their
/// calibration rating.</param>
public sealed record QualityScoreSources(
    Guid InterviewerId,
    IReadOnlySet<Guid> Organizations,
    IReadOnlySet<Guid> Raters,
    IReadOnlySet<Guid> ShadowPrimaries)
{
    /// <summary>Nothing found yet: the interviewer's own rows still count, wherever they are.</summary>
    public static QualityScoreSources Of(Guid interviewerId) => new(interviewerId, new HashSet<Guid>(), new HashSet<Guid>(), new HashSet<Guid>());

    /// <summary>
    /// True when the change may move the score: one of the interviewer's own interviews (held, missed, completed),
    /// scorecards, audits, calibration ratings or assignments (a new organization); a calibration peer's rating; a shadowed
    /// interviewer's scorecard; candidate feedback in an organization the interviewer worked in; any calibration session
    /// (they are few, and one may have just added the interviewer). Audit entries, deliveries and the rest never move it.
    /// </summary>
    public bool Touches(ChangeNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var mine = notice.InterviewerId == InterviewerId;
        return notice.Kind switch
        {
            nameof(Interview) or nameof(InterviewAudit) or nameof(Assignment) => mine,
            nameof(Scorecard) => mine || notice.InterviewerId is { } author && ShadowPrimaries.Contains(author),
            nameof(CalibrationScore) => mine || notice.InterviewerId is { } rater && Raters.Contains(rater),
            nameof(CandidateFeedback) => Organizations.Contains(notice.OrganizationId),
            nameof(CalibrationSession) => true,
            _ => false,
        };
    }
}
