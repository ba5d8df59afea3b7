using GraphQL;

namespace Panelist.Api.Engagements;

public sealed record DeclineAssignmentInput([property: Id] string AssignmentId);
