using System.Security.Cryptography;
using System.Text;

namespace Panelist.Domain.Candidates;

/// <summary>
/// AES-256-GCM for one field of one data subject. The associated data names the subject and the field, so a
/// ciphertext copied onto another candidate's row (or into another column) fails to decrypt instead of
/// revealing someone else's data. Layout: nonce (12) ‖ tag (16) ‖ ciphertext, base64.
/// </summary>
public static class PersonalDataCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static string Encrypt(ReadOnlySpan<byte> key, Guid subject, string field, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var input = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + input.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, input, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), AssociatedData(subject, field));
        return Convert.ToBase64String(output);
    }

    /// <summary>The plaintext, or <see langword="null"/> when the ciphertext was not made with this key for this subject and field.</summary>
    public static string? Decrypt(ReadOnlySpan<byte> key, Guid subject, string field, string ciphertext)
    {
        byte[] input;
        try
        {
            input = Convert.FromBase64String(ciphertext);
        }
        catch (FormatException)
        {
            return null;
        }

        if (input.Length < NonceSize + TagSize)
        {
            return null;
        }

        var output = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        try
        {
            aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), output, AssociatedData(subject, field));
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }

        return Encoding.UTF8.GetString(output);
    }

    private static byte[] AssociatedData(Guid subject, string field) => Encoding.UTF8.GetBytes($"{subject:N}/{field}");
}
