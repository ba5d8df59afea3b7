using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace Panelist.Api.Auth;

/// <summary>Why a request is not authenticated, in words for the caller (the 401 body): no token, expired, wrong audience…</summary>
public static class AuthenticationFailures
{
    public const string NoToken = "Send a valid bearer token (Authorization: Bearer <token>).";

    /// <summary>The handler caches its result per request, so asking again costs nothing.</summary>
    public static async Task<string> DescribeAsync(HttpContext http)
    {
        if (string.IsNullOrEmpty(http.Request.Headers.Authorization.ToString()))
        {
            return NoToken;
        }

        var result = await http.AuthenticateAsync();
        return result.Failure switch
        {
            TokenClaimsException e => e.Message,
            SecurityTokenExpiredException => "The token has expired.",
            SecurityTokenNotYetValidException => "The token is not valid yet.",
            SecurityTokenInvalidAudienceException => "The token is not meant for this API (wrong audience).",
            SecurityTokenInvalidIssuerException => "The token's issuer is not trusted here.",
            SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not accepted.",
            SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The token's signature does not verify.",
            null when result.Succeeded => "The token does not name a role and the organization or interviewer it acts for.",
            _ => "The bearer token is not valid.",
        };
    }
}
