using GraphQL;

namespace Panelist.Api.Connectors;

public sealed record UnmapInterviewerInput([property: Id] string InstallationId, [property: Id] string InterviewerId);
