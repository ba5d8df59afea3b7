namespace Panelist.Domain.Audits;

/// <summary>A public key clients verify checkpoints with; <see cref="IsCurrent"/> signs new ones, retired keys only verify old ones.</summary>
public sealed record AuditSigningKey(string KeyId, string Algorithm, string PublicKey, bool IsCurrent);
