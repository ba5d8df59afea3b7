using Panelist.Domain.Common;
using Panelist.Domain.Rubrics;

namespace Panelist.Domain.Scorecards;

/// <summary>
/// The interviewer's structured evaluation of an interview against the rubric version the engagement
/// pinned. Submitted once; later changes are amendments that keep the previous revision.
/// </summary>
public sealed class Scorecard : Entity, ITenantOwned
{
    private readonly List<ScorecardRevision> _revisions = [];

    private Scorecard()
        : base(default(FromStore))
    {
    }

    internal Scorecard(Guid organizationId, Guid interviewId, Guid interviewerId, Guid rubricVersionId, Guid? id = null)
        : base(id)
    {
        OrganizationId = organizationId;
        InterviewId = interviewId;
        InterviewerId = interviewerId;
        RubricVersionId = rubricVersionId;
        Status = ScorecardStatus.Draft;
    }

    public Guid OrganizationId { get; private set; }

    public Guid InterviewId { get; private set; }

    public Guid InterviewerId { get; private set; }

    public Guid RubricVersionId { get; private set; }

    public List<CriterionRating> Ratings { get; private set; } = [];

    public Recommendation Recommendation { get; private set; } = Recommendation.NoDecision;

    public string Summary { get; private set; } = "";

    public ScorecardStatus Status { get; private set; }

    /// <summary>1 for the first submission, +1 for each amendment.</summary>
    public int Revision { get; private set; }

    public decimal? WeightedScore { get; private set; }

    public bool? Passed { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public DateTime? AmendedAt { get; private set; }

    public IReadOnlyList<ScorecardRevision> Revisions => _revisions;

    public void SaveDraft(ScorecardContent content, RubricVersion rubric)
    {
        if (Status != ScorecardStatus.Draft)
        {
            throw new DomainRuleException(ErrorCodes.ScorecardAlreadySubmitted, "The scorecard is submitted; amend it instead.", "scorecardId");
        }

        Apply(content, rubric, requireAll: false);
    }

    public void Submit(ScorecardContent content, RubricVersion rubric, DateTime now)
    {
        if (Status != ScorecardStatus.Draft)
        {
            throw new DomainRuleException(ErrorCodes.ScorecardAlreadySubmitted, "The scorecard is already submitted; amend it instead.", "scorecardId");
        }

        Apply(content, rubric, requireAll: true);
        Status = ScorecardStatus.Submitted;
        Revision = 1;
        SubmittedAt = now;
    }

    public ScorecardRevision Amend(ScorecardContent content, RubricVersion rubric, string reason, DateTime now)
    {
        if (Status == ScorecardStatus.Draft)
        {
            throw new DomainRuleException(ErrorCodes.ScorecardNotSubmitted, "Only a submitted scorecard can be amended.", "scorecardId");
        }

        var previous = new ScorecardRevision(this, Guard.Required(reason, "reason", 1000), now);
        Apply(content, rubric, requireAll: true);
        _revisions.Add(previous);
        Status = ScorecardStatus.Amended;
        Revision++;
        AmendedAt = now;
        return previous;
    }

    private void Apply(ScorecardContent content, RubricVersion rubric, bool requireAll)
    {
        var keys = rubric.Criteria.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var ratings = new Dictionary<string, CriterionRating>(StringComparer.Ordinal);
        foreach (var (rating, index) in content.Ratings.Select((r, i) => (r, i)))
        {
            if (!keys.Contains(rating.CriterionKey))
            {
                throw new DomainRuleException(ErrorCodes.RubricCriterionUnknown, $"Rubric version {rubric.Number} has no criterion '{rating.CriterionKey}'.", $"ratings.{index}.criterionKey");
            }

            Guard.Range(rating.Rating, 1, rubric.ScaleLevels, $"ratings.{index}.rating", ErrorCodes.RatingOutOfRange);
            if (!ratings.TryAdd(rating.CriterionKey, rating))
            {
                throw new DomainRuleException(ErrorCodes.ValidationFailed, $"Criterion '{rating.CriterionKey}' is rated twice.", $"ratings.{index}.criterionKey");
            }
        }

        var missing = rubric.Criteria.Where(c => !ratings.ContainsKey(c.Key)).Select(c => c.Key).ToList();
        if (requireAll && missing.Count > 0)
        {
            throw new DomainRuleException(ErrorCodes.RubricCriterionMissing, $"Every criterion must be rated; missing: {string.Join(", ", missing)}.", "ratings");
        }

        Ratings = [.. rubric.Criteria.Where(c => ratings.ContainsKey(c.Key))
            .Select(c => new CriterionRating(c.Key, ratings[c.Key].Rating, Guard.Optional(ratings[c.Key].Evidence, "ratings.evidence", 4000)))];
        Recommendation = content.Recommendation;
        Summary = Guard.Optional(content.Summary, "summary", 10_000) ?? "";
        WeightedScore = missing.Count == 0 ? rubric.WeightedScore(Ratings.ToDictionary(r => r.CriterionKey, r => r.Rating)) : null;
        Passed = WeightedScore is { } score ? score >= rubric.PassThreshold : null;
    }
}
