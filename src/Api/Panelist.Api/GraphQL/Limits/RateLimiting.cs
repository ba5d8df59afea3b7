using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Http;

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
        var shared = new ClientRateLimiter(limits);
        services.AddSingleton(shared);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, http => RateLimitPartition.Get(ClientKey(http), shared.For));
            o.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : limits.Window;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await TransportErrors.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, ApiErrorCodes.Throttled,
                    $"Too many requests; retry after {seconds} s.", new Dictionary<string, object> { ["retryAfterSeconds"] = seconds }, ct);
            };
        });
        return services;
    }

    private static string ClientKey(HttpContext http) => ClientRateLimiter.KeyOf(http.User, http.Connection.RemoteIpAddress);
}
