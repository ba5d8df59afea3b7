using GraphQL;

namespace Panelist.Api.Interviews;

public sealed record ScheduleInterviewInput([property: Id] string InterviewId, [property: Id] string AssignmentId, DateTimeOffset ScheduledStart, DateTimeOffset ScheduledEnd);
