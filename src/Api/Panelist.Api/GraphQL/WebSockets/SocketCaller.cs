using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Panelist.Api.Auth;
using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.WebSockets;

/// <summary>
/// Who is on the socket: the bearer token of <c>connection_init</c> authenticated exactly as an HTTP
/// request's Authorization header is (the same scheme: the development issuer or the OIDC provider, with
/// its claim mapping), and when it expires.
/// </summary>
public sealed record SocketCaller(ClaimsPrincipal User, RequestContext Context, DateTime ExpiresAt)
{
    public static async Task<SocketCaller?> AuthenticateAsync(string? authorization, IServiceProvider services, string requestId)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // A request of its own: authentication handlers cache their result per request.
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        probe.Request.Headers.Authorization = authorization;
        var result = await probe.AuthenticateAsync(AuthenticationSetup.Scheme);
        if (!result.Succeeded || result.Principal is not { } user
            || !long.TryParse(user.FindFirst("exp")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var expires))
        {
            return null;
        }

        return PanelistClaims.ToActor(user) is { } caller
            ? new SocketCaller(user, new RequestContext(caller.Actor, caller.OrganizationId, requestId), DateTimeOffset.FromUnixTimeSeconds(expires).UtcDateTime)
            : null;
    }
}
