namespace Panelist.Domain.Audits;

/// <summary>A checkpoint as the client kept it: checked by its signature, never looked up in the database.</summary>
public sealed record AuditCheckpointClaim(long Sequence, string Hash, DateTime SignedAt, string KeyId, string Signature);
