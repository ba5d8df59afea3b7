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
/// </summary>
public sealed class ProviderTokenEvents(AuthOptions auth) : JwtBearerEvents
{
    private readonly Lock _gate = new();
    private Task<OpenIdConnectConfiguration>? _fresh;
    private long _freshAt;

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        try
        {
            context.Principal = await MapAsync(context.HttpContext, context.Principal!);
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
