namespace Panelist.Domain.Quality.Scores;

/// <summary>
/// The rows an interviewer's quality score is computed from, with their times, so that any window can be
/// computed from one load: the score is never stored, so it never goes stale.
/// </summary>
public sealed record QualityInputs(
    IReadOnlyList<QualityInputs.AuditRow> Audits,
    IReadOnlyList<QualityInputs.RatingRow> CalibrationRatings,
    IReadOnlyList<QualityInputs.FeedbackRow> Feedback,
    IReadOnlyList<QualityInputs.ScorecardDueRow> Scorecards,
    IReadOnlyList<QualityInputs.AttendanceRow> Attendance)
{
    public static QualityInputs None { get; } = new([], [], [], [], []);

    /// <summary>An interview audit of the interviewer's: its checklist score (0–1).</summary>
    public sealed record AuditRow(DateTime At, decimal Score, bool Passed);

    /// <summary>
    /// A calibration rating of an item (a criterion of one interview in one session) by any rater of a session
    /// the interviewer rated in: the interviewer's own and their peers'.
    /// </summary>
    public sealed record RatingRow(Guid RaterId, string Item, int Rating, DateTime At);

    /// <summary>A candidate's 0–10 rating of one of the interviewer's interviews.</summary>
    public sealed record FeedbackRow(DateTime At, int Score);

    /// <summary>A completed interview's scorecard due time and when the scorecard came in (null: not yet).</summary>
    public sealed record ScorecardDueRow(DateTime DueAt, DateTime? SubmittedAt);

    /// <summary>An interview of the interviewer's that was due to take place: held, or missed by either side.</summary>
    public sealed record AttendanceRow(DateTime At, bool InterviewerMissed);
}
