using GraphQL;

namespace Panelist.Api.Quality;

public sealed record CreateCalibrationSessionInput(string Title, [property: Id] string RubricVersionId, [property: Id] IReadOnlyList<string> InterviewIds,
    [property: Id] IReadOnlyList<string> InterviewerIds);
