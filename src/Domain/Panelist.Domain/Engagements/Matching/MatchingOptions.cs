using System.ComponentModel.DataAnnotations;

namespace Panelist.Domain.Engagements.Matching;

/// <summary>The <c>Matching</c> section: factor weights (relative, divided by their sum) and the assumptions matching makes.</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    [Range(0, 100)] public double SkillsWeight { get; set; } = 0.25;
    [Range(0, 100)] public double LanguagesWeight { get; set; } = 0.10;
    [Range(0, 100)] public double TimeZoneOverlapWeight { get; set; } = 0.15;
    [Range(0, 100)] public double LoadWeight { get; set; } = 0.10;
    [Range(0, 100)] public double RateWeight { get; set; } = 0.10;
    [Range(0, 100)] public double CertificationWeight { get; set; } = 0.05;
    [Range(0, 100)] public double QualityScoreWeight { get; set; } = 0.25;

    /// <summary>Interviews an interviewer takes in 7 days at most; at or above it they are over capacity.</summary>
    [Range(1, 1000)] public int InterviewerWeeklyCapacity { get; set; } = 10;

    /// <summary>An interviewer's working day in their own time zone (minutes after midnight), for the overlap with the engagement's hours.</summary>
    [Range(0, 1440)] public int WorkdayFromMinute { get; set; } = 9 * 60;
    [Range(0, 1440)] public int WorkdayToMinute { get; set; } = 18 * 60;

    /// <summary>Used for an interviewer without a quality score yet, so newcomers are neither favoured nor buried.</summary>
    [Range(0, 1)] public double NeutralQualityScore { get; set; } = 0.5;

    public double WeightOf(MatchFactorKind factor) => factor switch
    {
        MatchFactorKind.Skills => SkillsWeight,
        MatchFactorKind.Languages => LanguagesWeight,
        MatchFactorKind.TimeZoneOverlap => TimeZoneOverlapWeight,
        MatchFactorKind.Load => LoadWeight,
        MatchFactorKind.Rate => RateWeight,
        MatchFactorKind.Certification => CertificationWeight,
        MatchFactorKind.QualityScore => QualityScoreWeight,
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, null),
    };
}
