using Panelist.Domain.Common;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Quality.Calibration;

/// <summary>One participant's ratings of one interview of a calibration session, per rubric criterion.</summary>
public sealed class CalibrationScore : Entity, ITenantOwned
{
    private CalibrationScore()
        : base(default(FromStore))
    {
    }

    internal CalibrationScore(Guid organizationId, Guid sessionId, Guid interviewerId, Guid interviewId, RubricVersion rubric, IReadOnlyList<CriterionRating> ratings, Guid? id = null)
        : base(id)
    {
        OrganizationId = organizationId;
        SessionId = sessionId;
        InterviewerId = interviewerId;
        InterviewId = interviewId;
        Ratings = Validate(rubric, ratings);
    }

    /// <summary>
    /// The primary interviewer's entry in a shadow session, read from their submitted scorecard (never stored:
    /// the scorecard stays the one record of their evaluation).
    /// </summary>
    public static CalibrationScore OfScorecard(CalibrationSession session, Scorecard scorecard) => new()
    {
        Id = scorecard.Id,
        OrganizationId = session.OrganizationId,
        SessionId = session.Id,
        InterviewerId = scorecard.InterviewerId,
        InterviewId = scorecard.InterviewId,
        Ratings = [.. scorecard.Ratings],
        CreatedAt = scorecard.SubmittedAt ?? scorecard.UpdatedAt,
    };

    public Guid OrganizationId { get; private set; }

    public Guid SessionId { get; private set; }

    public Guid InterviewerId { get; private set; }

    public Guid InterviewId { get; private set; }

    public List<CriterionRating> Ratings { get; private set; } = [];

    /// <summary>Every criterion rated once on the rubric's scale, in the rubric's order.</summary>
    private static List<CriterionRating> Validate(RubricVersion rubric, IReadOnlyList<CriterionRating> ratings)
    {
        var keys = rubric.Criteria.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var byKey = new Dictionary<string, CriterionRating>(StringComparer.Ordinal);
        foreach (var (rating, index) in ratings.Select((r, i) => (r, i)))
        {
            if (!keys.Contains(rating.CriterionKey))
            {
                throw new DomainRuleException(ErrorCodes.RubricCriterionUnknown, $"Rubric version {rubric.Number} has no criterion '{rating.CriterionKey}'.", $"ratings.{index}.criterionKey");
            }

            Guard.Range(rating.Rating, 1, rubric.ScaleLevels, $"ratings.{index}.rating", ErrorCodes.RatingOutOfRange);
            if (!byKey.TryAdd(rating.CriterionKey, rating))
            {
                throw new DomainRuleException(ErrorCodes.ValidationFailed, $"Criterion '{rating.CriterionKey}' is rated twice.", $"ratings.{index}.criterionKey");
            }
        }

        var missing = rubric.Criteria.Where(c => !byKey.ContainsKey(c.Key)).Select(c => c.Key).ToList();
        if (missing.Count > 0)
        {
            throw new DomainRuleException(ErrorCodes.RubricCriterionMissing, $"Every criterion must be rated; missing: {string.Join(", ", missing)}.", "ratings");
        }

        return [.. rubric.Criteria.Select(c => new CriterionRating(c.Key, byKey[c.Key].Rating, Guard.Optional(byKey[c.Key].Evidence, "ratings.evidence", 4000)))];
    }
}
