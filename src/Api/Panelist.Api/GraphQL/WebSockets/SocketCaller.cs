using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Panelist.Api.Auth;
using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.WebSockets;

/// <summary>
/// Who is on the socket: the bearer token of <c>connection_init</c> validated exactly as the HTTP
/// endpoint validates its Authorization header (the JwtBearer scheme's own parameters), and when it expires.
/// </summary>
public sealed record SocketCaller(ClaimsPrincipal User, RequestContext Context, DateTime ExpiresAt)
{
    public static async Task<SocketCaller?> AuthenticateAsync(string? authorization, IServiceProvider services, string requestId)
    {
        const string prefix = "Bearer ";
        if (authorization is null || !authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parameters = services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters;
        var validation = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(authorization[prefix.Length..].Trim(), parameters);
        if (!validation.IsValid)
        {
            return null;
        }

        var user = new ClaimsPrincipal(validation.ClaimsIdentity);
        return PanelistClaims.ToActor(user) is { } caller
            ? new SocketCaller(user, new RequestContext(caller.Actor, caller.OrganizationId, requestId), validation.SecurityToken.ValidTo)
            : null;
    }
}
