using GraphQL;

namespace Panelist.Api.Engagements;

public sealed record OpenEngagementInput([property: Id] string EngagementId);
