using GraphQL;

namespace Panelist.Api.Scorecards;

public sealed record RecordCandidateFeedbackInput([property: Id] string InterviewId, int Score, string? Comment);
