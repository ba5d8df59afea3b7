using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Panelist.Api.Auth;

public static class AuthenticationSetup
{
    /// <summary>The scheme requests authenticate with: it hands each token to the issuer that signed it.</summary>
    public const string Scheme = "Bearer";

    /// <summary>Tokens signed with <c>Auth:SigningKey</c> (HS256) by <c>/dev/token</c> and the tests.</summary>
    public const string DevelopmentScheme = "Development";

    /// <summary>Tokens from the OpenID Connect provider at <c>Auth:Authority</c>, keys from its JWKS.</summary>
    public const string ProviderScheme = "Provider";

    /// <summary>JWT bearer tokens from the configured issuers and audience; claims keep their JWT names.</summary>
    public static WebApplicationBuilder AddPanelistAuthentication(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AuthOptions.Section);
        builder.Services.AddOptions<AuthOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<TokenIssuer>();
        var auth = section.Get<AuthOptions>() ?? new AuthOptions();
        var authentication = builder.Services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Bearer token", o => o.ForwardDefaultSelector = http => TokenRouting.SchemeFor(http, auth))
            .AddJwtBearer(DevelopmentScheme, o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Issuer,
                    ValidAudience = auth.Audience,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    IssuerSigningKey = new SymmetricSecurityKey(TryKey(auth)),
                    NameClaimType = PanelistClaims.Name,
                    RoleClaimType = PanelistClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });
        CacheValidTokens(builder.Services, DevelopmentScheme);
        if (auth.OidcEnabled)
        {
            authentication.AddJwtBearer(ProviderScheme, o => ConfigureProvider(o, auth));
            CacheValidTokens(builder.Services, ProviderScheme);
            builder.Services.AddOptions<JwtBearerOptions>(ProviderScheme).Configure<TimeProvider>((o, time) => o.Events = new ProviderTokenEvents(auth, time));
        }

        builder.Services.AddAuthorization();
        return builder;
    }

    public static WebApplication UsePanelistAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<RequestContextMiddleware>();
        return app;
    }

    private static void ConfigureProvider(JwtBearerOptions o, AuthOptions auth)
    {
        o.Authority = auth.Authority;
        o.Audience = auth.Audience;
        o.RequireHttpsMetadata = auth.RequireHttpsMetadata;
        o.MapInboundClaims = false;
        // A token naming a key we do not hold (key rollover) makes the handler re-read the JWKS in the background, at most
        // this often; ProviderTokenEvents checks that token again against the new keys in the same request.
        o.RefreshOnIssuerKeyNotFound = true;
        o.RefreshInterval = auth.KeyRefreshInterval;
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudience = auth.Audience,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256],
            NameClaimType = auth.Claims.Name,
            RoleClaimType = auth.Claims.Role,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>One cache per scheme (its options are built once), so a token is only ever answered from the scheme that validated it.</summary>
    private static void CacheValidTokens(IServiceCollection services, string scheme) =>
        services.AddOptions<JwtBearerOptions>(scheme).Configure<TimeProvider>((o, time) =>
        {
            o.TokenHandlers.Clear();
            o.TokenHandlers.Add(CachedTokenHandler.ForJwt(time));
        });

    /// <summary>An invalid key is reported by options validation at start; here it must not throw first.</summary>
    private static byte[] TryKey(AuthOptions auth)
    {
        try
        {
            return auth.KeyBytes() is { Length: >= 32 } key ? key : new byte[32];
        }
        catch (FormatException)
        {
            return new byte[32];
        }
    }
}
