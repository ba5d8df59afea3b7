using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace Panelist.Domain.Audits;

/// <summary>
/// The checkpoint keys: one Ed25519 private key that signs (from a key file or configuration, never the
/// database) and the public keys of retired ones, kept so that checkpoints clients hold stay verifiable.
/// Key ids derive from the public key, so a key cannot be configured under the wrong id.
/// </summary>
public sealed class AuditSigningKeys : IDisposable
{
    public const string Algorithm = "ED25519";

    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;
    private readonly Key _signing;
    private readonly Dictionary<string, PublicKey> _verifying = new(StringComparer.Ordinal);

    private AuditSigningKeys(Key signing, IEnumerable<PublicKey> retired)
    {
        _signing = signing;
        CurrentKeyId = KeyIdOf(signing.PublicKey);
        _verifying[CurrentKeyId] = signing.PublicKey;
        foreach (var key in retired)
        {
            _verifying.TryAdd(KeyIdOf(key), key);
        }

        Keys = [.. _verifying.Select(k => new AuditSigningKey(k.Key, Algorithm, Convert.ToBase64String(k.Value.Export(KeyBlobFormat.RawPublicKey)),
            k.Key == CurrentKeyId))];
    }

    public string CurrentKeyId { get; }

    /// <summary>The current key first, then the retired ones.</summary>
    public IReadOnlyList<AuditSigningKey> Keys { get; }

    /// <summary>
    /// From a PKCS#8 PEM private key (<c>openssl genpkey -algorithm ed25519</c>) and retired public keys as
    /// base64 of their 32 raw bytes (what <see cref="AuditSigningKey.PublicKey"/> shows).
    /// </summary>
    /// <exception cref="FormatException">A key is not an Ed25519 key in those formats.</exception>
    public static AuditSigningKeys FromPem(string privateKeyPem, IEnumerable<string> retiredPublicKeys)
    {
        ArgumentNullException.ThrowIfNull(privateKeyPem);
        if (!Key.TryImport(Ed25519, Encoding.ASCII.GetBytes(privateKeyPem.Trim()), KeyBlobFormat.PkixPrivateKeyText, out var signing))
        {
            throw new FormatException("The checkpoint signing key is not an Ed25519 private key in PKCS#8 PEM (-----BEGIN PRIVATE KEY-----).");
        }

        var retired = new List<PublicKey>();
        foreach (var text in retiredPublicKeys)
        {
            if (!TryPublicKey(text, out var key))
            {
                signing!.Dispose();
                throw new FormatException($"The retired checkpoint key '{text}' is not base64 of a 32-byte Ed25519 public key.");
            }

            retired.Add(key);
        }

        return new AuditSigningKeys(signing!, retired);
    }

    /// <summary>A new private key as PKCS#8 PEM, for a development machine's first start.</summary>
    public static string GeneratePem()
    {
        using var key = Key.Create(Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        return Encoding.ASCII.GetString(key.Export(KeyBlobFormat.PkixPrivateKeyText));
    }

    /// <summary><c>ed25519-</c> and the first 16 hex digits of SHA-256 over the raw public key.</summary>
    public static string KeyIdOf(PublicKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return "ed25519-" + Convert.ToHexStringLower(SHA256.HashData(key.Export(KeyBlobFormat.RawPublicKey)))[..16];
    }

    /// <summary>Signs <paramref name="message"/> (UTF-8) with the current key; base64.</summary>
    public string Sign(string message) => Convert.ToBase64String(Ed25519.Sign(_signing, Encoding.UTF8.GetBytes(message)));

    /// <summary>True or false for a known key; null when no configured key has <paramref name="keyId"/>.</summary>
    public bool? Verify(string keyId, string message, string signature)
    {
        if (!_verifying.TryGetValue(keyId, out var key))
        {
            return null;
        }

        var bytes = new byte[Ed25519.SignatureSize];
        return Convert.TryFromBase64String(signature, bytes, out var written) && written == bytes.Length
            && Ed25519.Verify(key, Encoding.UTF8.GetBytes(message), bytes);
    }

    public void Dispose() => _signing.Dispose();

    private static bool TryPublicKey(string text, out PublicKey key)
    {
        key = null!;
        var raw = new byte[32];
        return Convert.TryFromBase64String(text.Trim(), raw, out var written) && written == raw.Length
            && PublicKey.TryImport(Ed25519, raw, KeyBlobFormat.RawPublicKey, out key!);
    }
}
