using Panelist.Domain.Common;

namespace Panelist.Domain.Audits;

/// <summary>
/// A signed statement "entry <see cref="Sequence"/> of this organization's chain has hash <see cref="Hash"/>".
/// The row is a convenience copy: the signature is made with a key the database never holds, so a client that
/// keeps its own copy can later prove the chain still extends it, whatever was done to this table.
/// </summary>
public sealed class AuditCheckpoint : ITenantOwned
{
    private AuditCheckpoint()
    {
    }

    internal AuditCheckpoint(Guid organizationId, long sequence, string hash, DateTime signedAt, string keyId, string signature)
    {
        // Here, not as an initializer: EF's constructor would generate an id (a system call) for every row it reads.
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        Sequence = sequence;
        Hash = hash;
        SignedAt = signedAt;
        KeyId = keyId;
        Signature = signature;
    }

    public Guid Id { get; private init; }

    public Guid OrganizationId { get; private set; }

    /// <summary>The sequence of the chain's head entry when it was signed.</summary>
    public long Sequence { get; private set; }

    /// <summary>That entry's hash (hex).</summary>
    public string Hash { get; private set; } = "";

    public DateTime SignedAt { get; private set; }

    /// <summary>Which signing key made <see cref="Signature"/> (<see cref="AuditSigningKeys.KeyIdOf"/>).</summary>
    public string KeyId { get; private set; } = "";

    /// <summary>Ed25519 over <see cref="AuditCheckpointMessage"/>, base64.</summary>
    public string Signature { get; private set; } = "";

    /// <summary>The exact text that was signed.</summary>
    public string Message() => AuditCheckpointMessage.Format(OrganizationId, Sequence, Hash, SignedAt, KeyId);
}
