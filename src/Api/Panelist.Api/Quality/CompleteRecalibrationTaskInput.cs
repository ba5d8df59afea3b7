using GraphQL;

namespace Panelist.Api.Quality;

/// <param name="CalibrationSessionId">A closed session, begun after the alarm, in which the interviewer scored: the evidence.</param>
public sealed record CompleteRecalibrationTaskInput([property: Id] string TaskId, [property: Id] string CalibrationSessionId, string? Note = null);
