using GraphQL;

namespace Panelist.Api.Engagements;

public sealed record AcceptAssignmentInput([property: Id] string AssignmentId);
