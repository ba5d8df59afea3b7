using Panelist.Domain.Scorecards;

namespace Panelist.Api.Tests.Fairness;

/// <summary>One submitted scorecard as the tables hold it.</summary>
public sealed record Decision(Guid ScorecardId, Guid InterviewId, Guid CandidateId, Guid InterviewerId, Guid EngagementId, Guid RubricVersionId,
    Recommendation Recommendation, DateTime SubmittedAt)
{
    public bool IsSelected => Recommendation is Recommendation.Yes or Recommendation.StrongYes;
}
