using GraphQL;

namespace Panelist.Api.Engagements;

public sealed record CloseEngagementInput([property: Id] string EngagementId, string? Reason);
