namespace Panelist.Api.Audits;

/// <summary>
/// The <c>Audit</c> section: the key that signs checkpoints (a PEM file or its text, never the database), the retired
/// keys' public halves that old checkpoints are still verified with, and how often heads are signed.
/// </summary>
public sealed class AuditCheckpointOptions
{
    public const string Section = "Audit";

    /// <summary>An Ed25519 private key in PKCS#8 PEM (<c>openssl genpkey -algorithm ed25519</c>); relative to the content root.</summary>
    public string CheckpointKeyFile { get; set; } = "";

    /// <summary>The same key as PEM text, for a secret store or an environment variable; use this or the file.</summary>
    public string CheckpointKey { get; set; } = "";

    /// <summary>Public keys (base64 of 32 bytes, as <c>auditSigningKeys</c> shows them) of keys that no longer sign.</summary>
    public List<string> RetiredCheckpointKeys { get; set; } = [];

    /// <summary>How often each organization's head is signed, when it moved.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Off only where a test drives the signer itself; on-demand checkpoints work either way.</summary>
    public bool CheckpointsEnabled { get; set; } = true;
}
