using GraphQL;

namespace Panelist.Api.Engagements;

public sealed record AcknowledgeBriefingInput([property: Id] string AssignmentId);
