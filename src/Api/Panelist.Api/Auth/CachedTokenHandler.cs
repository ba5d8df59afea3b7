using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Panelist.Api.Auth;

/// <summary>
/// The JWT handler of one scheme, remembering each token it found valid, so a client sending the same token again
/// costs a hash and a lookup instead of a signature check and a parse. A token is cached only once its <c>nbf</c> has
/// passed and only if it has an <c>exp</c>; invalid tokens are never cached. An entry lasts until the token's <c>exp</c>
/// (without the clock skew) and at most <see cref="MaxLifetime"/>, and only while the scheme validates with the same
/// signing keys: a key the provider withdraws (a JWKS refresh without it) or a changed development key sends every
/// token back through the full check at once. Each request gets its own copy of the identity, so nothing one request
/// adds to its principal reaches another.
/// </summary>
public sealed class CachedTokenHandler(TokenHandler inner, TimeProvider time, int capacity = TokenCache<TokenValidationResult>.DefaultCapacity) : TokenHandler
{
    /// <summary>How long a valid token is believed without a fresh check, whatever its <c>exp</c> says.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);

    private readonly TokenCache<Validated> _valid = new(time, capacity);

    /// <summary>For the Development and Provider schemes: a JSON web token handler keeping the claims' JWT names.</summary>
    public static CachedTokenHandler ForJwt(TimeProvider time) => new(new JsonWebTokenHandler { MapInboundClaims = false }, time);

    public int CachedTokens => _valid.Count;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        ArgumentNullException.ThrowIfNull(validationParameters);
        if (_valid.Get(token) is { } known && SameKeys(known.Keys, validationParameters))
        {
            return Copy(known.Result);
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        var now = time.GetUtcNow();
        if (result.IsValid && result.SecurityToken is { } validated && validated.ValidTo > DateTime.MinValue
            && validated.ValidFrom <= now.UtcDateTime)
        {
            // The identity is built lazily from the token; build it now, once, rather than on each copy.
            _ = result.ClaimsIdentity;
            var expires = new DateTimeOffset(DateTime.SpecifyKind(validated.ValidTo, DateTimeKind.Utc));
            var cap = now + MaxLifetime;
            _valid.Set(token, new Validated(result, Keys(validationParameters)), expires < cap ? expires : cap);
            // The cached identity stays untouched: this request, too, changes only a copy.
            return Copy(result);
        }

        return result;
    }

    public override Task<TokenValidationResult> ValidateTokenAsync(SecurityToken token, TokenValidationParameters validationParameters) =>
        inner.ValidateTokenAsync(token, validationParameters);

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    /// <summary>
    /// The key objects the scheme trusts now. The provider's come from its cached OIDC configuration, so they are the
    /// same objects until a refresh; comparing references costs nothing and a refresh costs one full check per token.
    /// </summary>
    private static SecurityKey?[] Keys(TokenValidationParameters parameters) =>
        [parameters.IssuerSigningKey, .. parameters.IssuerSigningKeys ?? []];

    private static bool SameKeys(SecurityKey?[] cached, TokenValidationParameters parameters)
    {
        if (!ReferenceEquals(cached[0], parameters.IssuerSigningKey))
        {
            return false;
        }

        var index = 1;
        foreach (var key in parameters.IssuerSigningKeys ?? [])
        {
            if (index >= cached.Length || !ReferenceEquals(cached[index++], key))
            {
                return false;
            }
        }

        return index == cached.Length;
    }

    private static TokenValidationResult Copy(TokenValidationResult known) => new()
    {
        IsValid = true,
        ClaimsIdentity = known.ClaimsIdentity.Clone(),
        SecurityToken = known.SecurityToken,
        Issuer = known.Issuer,
        TokenType = known.TokenType,
    };

    /// <summary>A valid result and the signing keys it was checked against.</summary>
    private sealed record Validated(TokenValidationResult Result, SecurityKey?[] Keys);
}
