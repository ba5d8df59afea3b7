using GraphQL;
using Panelist.Domain.Scorecards;

namespace Panelist.Api.Scorecards;

public sealed record SubmitScorecardInput([property: Id] string InterviewId, IReadOnlyList<CriterionRatingInput> Ratings, Recommendation Recommendation, string? Summary);
