using GraphQL;

namespace Panelist.Api.Engagements;

public sealed record PauseEngagementInput([property: Id] string EngagementId);
