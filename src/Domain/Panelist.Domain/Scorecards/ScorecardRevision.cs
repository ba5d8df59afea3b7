using Panelist.Domain.Common;

namespace Panelist.Domain.Scorecards;

/// <summary>A submitted scorecard as it stood before an amendment: amendments never erase what was said.</summary>
public sealed class ScorecardRevision : ITenantOwned
{
    private ScorecardRevision()
    {
    }

    internal ScorecardRevision(Scorecard scorecard, string reason, DateTime recordedAt)
    {
        // Here, not as an initializer: EF's constructor would generate an id (a system call) for every row it reads.
        Id = Guid.CreateVersion7();
        ScorecardId = scorecard.Id;
        OrganizationId = scorecard.OrganizationId;
        Revision = scorecard.Revision;
        Ratings = [.. scorecard.Ratings.Select(r => new CriterionRating(r.CriterionKey, r.Rating, r.Evidence))];
        Recommendation = scorecard.Recommendation;
        Summary = scorecard.Summary;
        WeightedScore = scorecard.WeightedScore;
        SubmittedAt = scorecard.AmendedAt ?? scorecard.SubmittedAt ?? recordedAt;
        AmendmentReason = reason;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private init; }

    public Guid ScorecardId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public int Revision { get; private set; }

    public List<CriterionRating> Ratings { get; private set; } = [];

    public Recommendation Recommendation { get; private set; }

    public string Summary { get; private set; } = "";

    public decimal? WeightedScore { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    /// <summary>Why the next revision replaced this one.</summary>
    public string AmendmentReason { get; private set; } = "";

    public DateTime RecordedAt { get; private set; }
}
