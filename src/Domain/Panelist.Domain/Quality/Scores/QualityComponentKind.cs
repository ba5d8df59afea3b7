namespace Panelist.Domain.Quality.Scores;

/// <summary>The inputs of an interviewer's quality score, in the order they are shown.</summary>
public enum QualityComponentKind
{
    /// <summary>Mean checklist score of the interviewer's interview audits (0–1).</summary>
    Audits,

    /// <summary>Quadratic-weighted Cohen's κ of the interviewer's calibration ratings against each peer's on the same items.</summary>
    Calibration,

    /// <summary>Net promoter score of candidates' feedback on the interviewer's interviews (−100 to 100).</summary>
    CandidateNps,

    /// <summary>Share of scorecards in by their SLA due time.</summary>
    FeedbackSla,

    /// <summary>Share of the interviewer's held or missed interviews that they missed.</summary>
    NoShows,
}
