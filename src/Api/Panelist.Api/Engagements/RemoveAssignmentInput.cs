using GraphQL;

namespace Panelist.Api.Engagements;

public sealed record RemoveAssignmentInput([property: Id] string AssignmentId, string? Reason);
