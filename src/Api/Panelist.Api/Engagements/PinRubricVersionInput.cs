using GraphQL;

namespace Panelist.Api.Engagements;

public sealed record PinRubricVersionInput([property: Id] string EngagementId, [property: Id] string RubricVersionId);
