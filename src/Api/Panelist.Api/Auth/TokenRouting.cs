using Microsoft.IdentityModel.JsonWebTokens;

namespace Panelist.Api.Auth;

/// <summary>
/// Picks the scheme for a request's bearer token by its (not yet validated) <c>iss</c>: the development issuer's
/// name goes to the HMAC scheme, anything else to the OpenID Connect provider. Validation then happens there.
/// </summary>
public static class TokenRouting
{
    private const string BearerPrefix = "Bearer ";

    public static string SchemeFor(HttpContext http, AuthOptions auth)
    {
        if (!auth.OidcEnabled)
        {
            return AuthenticationSetup.DevelopmentScheme;
        }

        if (!auth.DevIssuerEnabled)
        {
            return AuthenticationSetup.ProviderScheme;
        }

        string header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationSetup.ProviderScheme;
        }

        var handler = new JsonWebTokenHandler();
        var token = header[BearerPrefix.Length..].Trim();
        if (!handler.CanReadToken(token))
        {
            return AuthenticationSetup.ProviderScheme;
        }

        try
        {
            return handler.ReadJsonWebToken(token).Issuer == auth.Issuer ? AuthenticationSetup.DevelopmentScheme : AuthenticationSetup.ProviderScheme;
        }
        catch (ArgumentException)
        {
            return AuthenticationSetup.ProviderScheme;
        }
    }
}
