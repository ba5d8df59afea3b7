using System.ComponentModel.DataAnnotations;

namespace Panelist.Api.Auth;

/// <summary>The <c>Auth</c> section: who issues the bearer tokens we accept, and the key that signs them.</summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string Section = "Auth";

    [Required]
    public string Issuer { get; set; } = "panelist";

    [Required]
    public string Audience { get; set; } = "panelist-api";

    /// <summary>Base64 of at least 32 random bytes (HMAC-SHA256). Never checked in for production.</summary>
    public string SigningKey { get; set; } = "";

    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    public byte[] KeyBytes() => Convert.FromBase64String(SigningKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        byte[]? key = null;
        try
        {
            key = Convert.FromBase64String(SigningKey);
        }
        catch (FormatException)
        {
        }

        if (key is null || key.Length < 32)
        {
            yield return new ValidationResult("Auth:SigningKey must be base64 of at least 32 bytes.", [nameof(SigningKey)]);
        }
    }
}
