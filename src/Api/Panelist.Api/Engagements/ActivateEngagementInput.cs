using GraphQL;

namespace Panelist.Api.Engagements;

public sealed record ActivateEngagementInput([property: Id] string EngagementId);
