namespace Panelist.Domain.Engagements.Matching;

/// <summary>Why an interviewer cannot take an engagement's next interview (machine-readable; each comes with a text).</summary>
public enum MatchExclusionCode
{
    InterviewerNotActive,
    InterviewerNotCompliant,
    InterviewerNotCertified,
    MissingRequiredSkill,
    SkillLevelTooLow,
    MissingRequiredLanguage,
    CurrencyMismatch,
    OverCapacity,
}
