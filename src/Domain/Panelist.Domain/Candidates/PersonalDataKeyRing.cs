using System.Security.Cryptography;
using System.Text;

namespace Panelist.Domain.Candidates;

/// <summary>
/// The master key behind candidates' personal data, held in memory only. It wraps each candidate's own data key
/// (so destroying that one row shreds the person's data) and derives the key of the e-mail look-up hash (so
/// "find the candidate with this address" needs no plaintext column). It comes from configuration or a key
/// file, never from the database: a stolen database alone reveals nothing.
/// </summary>
public sealed class PersonalDataKeyRing
{
    public const int KeySize = 32;
    private const string WrapField = "data-key";

    private readonly byte[] _master;
    private readonly byte[] _lookupKey;

    public PersonalDataKeyRing(byte[] masterKey, bool isEphemeral = false)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        if (masterKey.Length != KeySize)
        {
            throw new ArgumentException($"The personal-data master key must be {KeySize} bytes (base64 of 32 random bytes).", nameof(masterKey));
        }

        _master = masterKey.ToArray();
        _lookupKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, _master, KeySize, info: Encoding.UTF8.GetBytes("panelist/candidate-email-lookup/v1"));
        IsEphemeral = isEphemeral;
    }

    /// <summary>A key that lives as long as the process: for tests and tools, never for data that must survive a restart.</summary>
    public bool IsEphemeral { get; }

    public static PersonalDataKeyRing Ephemeral() => new(RandomNumberGenerator.GetBytes(KeySize), isEphemeral: true);

    public static byte[] NewDataKey() => RandomNumberGenerator.GetBytes(KeySize);

    public string Wrap(Guid candidateId, byte[] dataKey) => PersonalDataCipher.Encrypt(_master, candidateId, WrapField, Convert.ToBase64String(dataKey));

    /// <summary>The candidate's data key, or <see langword="null"/> when it was wrapped under another master key or for another candidate.</summary>
    public byte[]? Unwrap(Guid candidateId, string wrapped) =>
        PersonalDataCipher.Decrypt(_master, candidateId, WrapField, wrapped) is { } key ? Convert.FromBase64String(key) : null;

    /// <summary>
    /// The keyed hash an e-mail address is found by within one organization: HMAC-SHA256 of the trimmed,
    /// lower-cased address and the organization, hex. Without the master key it cannot be recomputed, so it
    /// cannot be used to test guesses against the table.
    /// </summary>
    public string EmailLookup(Guid organizationId, string email) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_lookupKey, Encoding.UTF8.GetBytes($"{organizationId:N}:{Normalize(email)}")));

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    /// <summary>Derives a purpose-bound sub-key (e.g. for encrypting Data Protection's key ring), so the master key itself is used for one thing.</summary>
    public byte[] Derive(string purpose) => HKDF.DeriveKey(HashAlgorithmName.SHA256, _master, KeySize, info: Encoding.UTF8.GetBytes($"panelist/{purpose}/v1"));
}
