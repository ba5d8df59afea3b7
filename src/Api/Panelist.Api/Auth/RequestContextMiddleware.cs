using Panelist.Domain.Common;

namespace Panelist.Api.Auth;

/// <summary>Turns the validated token into the request's <see cref="RequestContext"/>: the actor and the tenant.</summary>
public sealed class RequestContextMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http, RequestContext request)
    {
        if (PanelistClaims.ToActor(http.User) is { } caller)
        {
            request.Set(caller.Actor, caller.OrganizationId, http.TraceIdentifier);
        }

        return next(http);
    }
}
