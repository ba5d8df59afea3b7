using System.ComponentModel.DataAnnotations;

namespace Panelist.Domain.Quality.Scores;

/// <summary>
/// The <c>QualityScore</c> section: the weight of each input of an interviewer's quality score (relative: they
/// are divided by their sum over the inputs that have observations) and the trailing window of the current score.
/// </summary>
public sealed class QualityScoreOptions : IValidatableObject
{
    public const string Section = "QualityScore";

    /// <summary>Audits come first: a reviewer checked the interview itself against the checklist.</summary>
    [Range(0, 100)]
    public double AuditsWeight { get; set; } = 0.30;

    [Range(0, 100)]
    public double CalibrationWeight { get; set; } = 0.25;

    [Range(0, 100)]
    public double CandidateNpsWeight { get; set; } = 0.15;

    [Range(0, 100)]
    public double FeedbackSlaWeight { get; set; } = 0.15;

    [Range(0, 100)]
    public double NoShowsWeight { get; set; } = 0.15;

    /// <summary>Days before now that <c>Interviewer.qualityScore</c> looks back.</summary>
    [Range(1, 3650)]
    public int WindowDays { get; set; } = 365;

    public double WeightOf(QualityComponentKind kind) => kind switch
    {
        QualityComponentKind.Audits => AuditsWeight,
        QualityComponentKind.Calibration => CalibrationWeight,
        QualityComponentKind.CandidateNps => CandidateNpsWeight,
        QualityComponentKind.FeedbackSla => FeedbackSlaWeight,
        QualityComponentKind.NoShows => NoShowsWeight,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enum.GetValues<QualityComponentKind>().Sum(WeightOf) <= 0)
        {
            yield return new ValidationResult("At least one quality-score weight must be above 0.", [nameof(AuditsWeight)]);
        }
    }
}
