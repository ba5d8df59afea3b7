using GraphQL;

namespace Panelist.Api.Quality;

public sealed record RequestShadowScoringInput([property: Id] string InterviewId, [property: Id] string ShadowInterviewerId);
