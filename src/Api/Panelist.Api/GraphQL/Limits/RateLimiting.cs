using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Http;
using Panelist.Domain.Limits;
using Panelist.Domain.Persistence;

namespace Panelist.Api.GraphQL.Limits;

/// <summary>
/// A fixed-window limit per client on <c>/graphql</c> (ASP.NET Core's rate limiter): over it, 429 with
/// <c>Retry-After</c> and a GraphQL error coded THROTTLED. On PostgreSQL the replicas share each client's window
/// (<see cref="SharedWindowRateLimiter"/>), so N replicas allow the rate once, not N times.
/// </summary>
public static class RateLimiting
{
    public const string Policy = "graphql";

    public static IServiceCollection AddGraphQLRateLimiting(this IServiceCollection services, LimitOptions limits, DatabaseOptions database)
    {
        services.AddSingleton(sp => database.Provider == DatabaseProvider.Postgres
            ? new ClientRateLimiter(limits, new SharedWindowRateLimiter(limits, new ClientRateBudget(database.ConnectionString),
                sp.GetRequiredService<ILogger<SharedWindowRateLimiter>>()))
            : new ClientRateLimiter(limits));
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, http => RateLimitPartition.Get(ClientKey(http), http.RequestServices.GetRequiredService<ClientRateLimiter>().For));
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
