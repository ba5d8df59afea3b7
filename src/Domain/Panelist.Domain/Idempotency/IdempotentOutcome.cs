namespace Panelist.Domain.Idempotency;

/// <summary>What a mutation field committed under a key: the changed object's entity type and id.</summary>
public sealed record IdempotentOutcome(string ResultType, Guid ResultId);
