using GraphQL;
using Panelist.Api.Scorecards;

namespace Panelist.Api.Quality;

public sealed record SubmitCalibrationScoreInput([property: Id] string SessionId, [property: Id] string InterviewId, IReadOnlyList<CriterionRatingInput> Ratings);
