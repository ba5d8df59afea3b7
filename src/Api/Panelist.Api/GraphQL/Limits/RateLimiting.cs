using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Panelist.Api.Auth;
using Panelist.Api.GraphQL.Errors;

namespace Panelist.Api.GraphQL.Limits;

/// <summary>
/// A fixed-window limit per client on <c>/graphql</c> (ASP.NET Core's rate limiter): over it, 429 with
/// <c>Retry-After</c> and a GraphQL error coded THROTTLED. Per replica: N replicas allow N times the rate.
/// </summary>
public static class RateLimiting
{
    public const string Policy = "graphql";

    public static IServiceCollection AddGraphQLRateLimiting(this IServiceCollection services, LimitOptions limits)
    {
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(ClientKey(http), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.RequestsPerWindow,
                Window = limits.Window,
                QueueLimit = 0,
            }));
            o.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : limits.Window;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await response.WriteAsJsonAsync(new
                {
                    errors = new[] { new { message = $"Too many requests; retry after {seconds} s.", extensions = new { code = ApiErrorCodes.Throttled, retryAfterSeconds = seconds } } },
                }, ct);
            };
        });
        return services;
    }

    private static string ClientKey(HttpContext http) =>
        http.User.FindFirst(PanelistClaims.Subject)?.Value is { } subject
            ? "sub:" + subject
            : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
