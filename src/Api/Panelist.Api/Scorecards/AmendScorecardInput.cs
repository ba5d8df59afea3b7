using GraphQL;
using Panelist.Domain.Scorecards;

namespace Panelist.Api.Scorecards;

public sealed record AmendScorecardInput([property: Id] string InterviewId, IReadOnlyList<CriterionRatingInput> Ratings, Recommendation Recommendation, string? Summary, string Reason);
