using GraphQL;

namespace Panelist.Api.Engagements;

public sealed record ResumeEngagementInput([property: Id] string EngagementId);
