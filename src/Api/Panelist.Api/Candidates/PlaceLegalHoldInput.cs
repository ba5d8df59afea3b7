using GraphQL;

namespace Panelist.Api.Candidates;

/// <summary>Exactly one of <see cref="CandidateId"/> and <see cref="EngagementId"/>.</summary>
public sealed record PlaceLegalHoldInput([property: Id] string? CandidateId, [property: Id] string? EngagementId, string Reason);
