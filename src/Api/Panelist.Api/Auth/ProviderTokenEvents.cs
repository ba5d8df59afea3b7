using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Auth;

/// <summary>
/// The provider scheme's events. A validated token becomes our principal (<see cref="ProviderClaimsMapper"/>).
/// A token signed with a key we do not hold yet (the provider rolled its keys over) is checked again against a
/// freshly read JWKS in the same request, rather than failing until the handler's background refresh lands;
/// the re-read happens at most once per <see cref="AuthOptions.KeyRefreshInterval"/>, so made-up kids cannot hammer the provider.
/// The mapping reads the database; its result is kept per token for <see cref="MappingLifetime"/> (never past the token's
/// expiry), so a renamed organization or a removed interviewer takes effect within that time.
/// </summary>
public sealed class ProviderTokenEvents(AuthOptions auth, TimeProvider time) : JwtBearerEvents
{
    public static readonly TimeSpan MappingLifetime = TimeSpan.FromSeconds(30);

    private readonly TokenCache<System.Security.Claims.Claim[]> _mapped = new(time);
    private readonly Lock _gate = new();
    private Task<OpenIdConnectConfiguration>? _fresh;
    private long _freshAt;

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        try
        {
            var token = BearerToken(context.HttpContext);
            if (token is not null && _mapped.Get(token) is { } claims)
            {
                context.Principal = Principal(claims);
                return;
            }

            var principal = await MapAsync(context.HttpContext, context.Principal!);
            context.Principal = principal;
            if (token is not null && context.SecurityToken.ValidTo > DateTime.MinValue)
            {
                var expires = new DateTimeOffset(DateTime.SpecifyKind(context.SecurityToken.ValidTo, DateTimeKind.Utc));
                var until = time.GetUtcNow() + MappingLifetime;
                _mapped.Set(token, [.. principal.Claims.Select(c => new System.Security.Claims.Claim(c.Type, c.Value))], until < expires ? until : expires);
            }
        }
        catch (TokenClaimsException e)
        {
            context.Fail(e);
        }
    }

    public override async Task AuthenticationFailed(AuthenticationFailedContext context)
    {
        if (context.Exception is not SecurityTokenSignatureKeyNotFoundException || BearerToken(context.HttpContext) is not { } token)
        {
            return;
        }

        var configuration = await FreshConfigurationAsync(context.Options).WaitAsync(context.HttpContext.RequestAborted);
        var parameters = context.Options.TokenValidationParameters.Clone();
        parameters.ValidIssuer = configuration.Issuer;
        parameters.IssuerSigningKeys = configuration.SigningKeys;
        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            context.Fail(result.Exception);
            return;
        }

        try
        {
            context.Principal = await MapAsync(context.HttpContext, new System.Security.Claims.ClaimsPrincipal(result.ClaimsIdentity));
            context.Success();
        }
        catch (TokenClaimsException e)
        {
            context.Fail(e);
        }
    }

    /// <summary>A principal of its own per request, built from copies of the cached claims.</summary>
    private static System.Security.Claims.ClaimsPrincipal Principal(System.Security.Claims.Claim[] claims) =>
        new(new System.Security.Claims.ClaimsIdentity(claims.Select(c => new System.Security.Claims.Claim(c.Type, c.Value)), "oidc", PanelistClaims.Name, PanelistClaims.Role));

    private Task<System.Security.Claims.ClaimsPrincipal> MapAsync(HttpContext http, System.Security.Claims.ClaimsPrincipal token) =>
        ProviderClaimsMapper.MapAsync(token, auth.Claims, http.RequestServices.GetRequiredService<PanelistDbContext>(), http.RequestAborted);

    /// <summary>One read shared by the requests that need it; a failed read is retried by the next request.</summary>
    private Task<OpenIdConnectConfiguration> FreshConfigurationAsync(JwtBearerOptions options)
    {
        lock (_gate)
        {
            var now = Environment.TickCount64;
            if (_fresh is null || _fresh.IsFaulted || now - _freshAt >= auth.KeyRefreshInterval.TotalMilliseconds)
            {
                var retriever = new HttpDocumentRetriever(options.Backchannel) { RequireHttps = options.RequireHttpsMetadata };
                _fresh = OpenIdConnectConfigurationRetriever.GetAsync(options.MetadataAddress, retriever, CancellationToken.None);
                _freshAt = now;
            }

            return _fresh;
        }
    }

    private static string? BearerToken(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
