using System.ComponentModel.DataAnnotations;

namespace Panelist.Api.Auth;

/// <summary>
/// The <c>Auth</c> section: who issues the bearer tokens we accept. Two issuers may be active at once: the
/// development issuer (HMAC with <see cref="SigningKey"/>, for <c>/dev/token</c> and tests) and an OpenID Connect
/// provider at <see cref="Authority"/> (RS256/ES256, keys from its JWKS). A token is routed to one by its <c>iss</c>.
/// </summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string Section = "Auth";

    /// <summary>The development issuer's name (<c>iss</c> of the tokens signed with <see cref="SigningKey"/>).</summary>
    [Required]
    public string Issuer { get; set; } = "panelist";

    /// <summary>This API's audience (<c>aud</c>), for both issuers.</summary>
    [Required]
    public string Audience { get; set; } = "panelist-api";

    /// <summary>Base64 of at least 32 random bytes (HMAC-SHA256). Empty turns the development issuer off; never set in production.</summary>
    public string SigningKey { get; set; } = "";

    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The OpenID Connect provider's issuer URL; its discovery document is at <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public string Authority { get; set; } = "";

    /// <summary>Off only for a provider on plain HTTP on this machine (tests, a local Keycloak).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>At most one re-read of the provider's keys in this interval when a token names an unknown key.</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Where the provider's tokens carry the role, organization and interviewer.</summary>
    public ClaimNameOptions Claims { get; set; } = new();

    public bool DevIssuerEnabled => !string.IsNullOrEmpty(SigningKey);

    public bool OidcEnabled => !string.IsNullOrWhiteSpace(Authority);

    public byte[] KeyBytes() => Convert.FromBase64String(SigningKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!DevIssuerEnabled && !OidcEnabled)
        {
            yield return new ValidationResult("Set Auth:Authority (an OpenID Connect provider) or Auth:SigningKey (development tokens).",
                [nameof(Authority), nameof(SigningKey)]);
        }

        if (DevIssuerEnabled && !IsKey(SigningKey))
        {
            yield return new ValidationResult("Auth:SigningKey must be base64 of at least 32 bytes.", [nameof(SigningKey)]);
        }

        if (OidcEnabled && !Uri.TryCreate(Authority, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("Auth:Authority must be an absolute URL.", [nameof(Authority)]);
        }

        if (KeyRefreshInterval < TimeSpan.FromSeconds(1))
        {
            yield return new ValidationResult("Auth:KeyRefreshInterval must be at least 1 second.", [nameof(KeyRefreshInterval)]);
        }

        foreach (var (value, role) in Claims.RoleValues)
        {
            if (!PanelistClaims.TryParseRole(role, out _))
            {
                yield return new ValidationResult($"Auth:Claims:RoleValues:{value} must be one of our roles, not '{role}'.", [nameof(Claims)]);
            }
        }
    }

    private static bool IsKey(string value)
    {
        try
        {
            return Convert.FromBase64String(value).Length >= 32;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
