using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Panelist.Api.Auth;

public static class AuthenticationSetup
{
    /// <summary>JWT bearer tokens from the configured issuer, audience and key; claims keep their JWT names.</summary>
    public static WebApplicationBuilder AddPanelistAuthentication(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AuthOptions.Section);
        builder.Services.AddOptions<AuthOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            var auth = section.Get<AuthOptions>() ?? new AuthOptions();
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = auth.Issuer,
                ValidAudience = auth.Audience,
                IssuerSigningKey = new SymmetricSecurityKey(TryKey(auth)),
                NameClaimType = PanelistClaims.Name,
                RoleClaimType = PanelistClaims.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        builder.Services.AddAuthorization();
        return builder;
    }

    public static WebApplication UsePanelistAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<RequestContextMiddleware>();
        return app;
    }

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
