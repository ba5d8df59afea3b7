using GraphQL;

namespace Panelist.Api.Quality;

public sealed record CloseCalibrationSessionInput([property: Id] string SessionId);
