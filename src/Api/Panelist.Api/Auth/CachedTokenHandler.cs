using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Panelist.Api.Auth;

/// <summary>
/// The JWT handler of one scheme, remembering each token it found valid until that token's <c>exp</c> (without the
/// clock skew), so a client sending the same token again costs a hash and a lookup instead of a signature check and
/// a parse. A token is cached only once its <c>nbf</c> has passed and only if it has an <c>exp</c>; invalid tokens are
/// never cached. Each request gets its own copy of the identity, so nothing one request adds to its principal reaches
/// another. Keys the provider withdraws stop applying to tokens already cached only when those expire.
/// </summary>
public sealed class CachedTokenHandler(TokenHandler inner, TimeProvider time, int capacity = TokenCache<TokenValidationResult>.DefaultCapacity) : TokenHandler
{
    private readonly TokenCache<TokenValidationResult> _valid = new(time, capacity);

    /// <summary>For the Development and Provider schemes: a JSON web token handler keeping the claims' JWT names.</summary>
    public static CachedTokenHandler ForJwt(TimeProvider time) => new(new JsonWebTokenHandler { MapInboundClaims = false }, time);

    public int CachedTokens => _valid.Count;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_valid.Get(token) is { } known)
        {
            return Copy(known);
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } validated && validated.ValidTo > DateTime.MinValue
            && validated.ValidFrom <= time.GetUtcNow().UtcDateTime)
        {
            // The identity is built lazily from the token; build it now, once, rather than on each copy.
            _ = result.ClaimsIdentity;
            _valid.Set(token, result, new DateTimeOffset(DateTime.SpecifyKind(validated.ValidTo, DateTimeKind.Utc)));
            // The cached identity stays untouched: this request, too, changes only a copy.
            return Copy(result);
        }

        return result;
    }

    public override Task<TokenValidationResult> ValidateTokenAsync(SecurityToken token, TokenValidationParameters validationParameters) =>
        inner.ValidateTokenAsync(token, validationParameters);

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    private static TokenValidationResult Copy(TokenValidationResult known) => new()
    {
        IsValid = true,
        ClaimsIdentity = known.ClaimsIdentity.Clone(),
        SecurityToken = known.SecurityToken,
        Issuer = known.Issuer,
        TokenType = known.TokenType,
    };
}
