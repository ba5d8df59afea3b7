using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Panelist.Api.Auth;

namespace Panelist.Api.GraphQL.Limits;

/// <summary>
/// The per-client fixed window, shared by every transport: HTTP requests (through ASP.NET Core's rate
/// limiter, see <see cref="RateLimiting"/>) and each <c>subscribe</c> on a WebSocket draw on the same permits.
/// On PostgreSQL the window is shared by the replicas too (<see cref="SharedWindowRateLimiter"/>); on SQLite,
/// where one process owns the database, it lives in this process's memory.
/// </summary>
public sealed class ClientRateLimiter(LimitOptions limits, PartitionedRateLimiter<string>? shared = null) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = shared ?? PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.RequestsPerWindow,
            Window = limits.Window,
            QueueLimit = 0,
        }));

    public TimeSpan Window => limits.Window;

    public static string KeyOf(ClaimsPrincipal user, IPAddress? address) =>
        user.FindFirst(PanelistClaims.Subject)?.Value is { } subject ? "sub:" + subject : "ip:" + (address?.ToString() ?? "unknown");

    /// <summary>One permit for <paramref name="key"/>; on PostgreSQL it may lease a slice from the shared budget first.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(string key, CancellationToken ct) => _limiter.AcquireAsync(key, 1, ct);

    /// <summary>One client's view of the shared limiter, for the HTTP rate-limiting middleware.</summary>
    public RateLimiter For(string key) => new Partition(_limiter, key);

    public void Dispose() => _limiter.Dispose();

    /// <summary>Holds no state of its own, so the middleware may drop and recreate it at will.</summary>
    private sealed class Partition(PartitionedRateLimiter<string> shared, string key) : RateLimiter
    {
        public override TimeSpan? IdleDuration => null;

        public override RateLimiterStatistics? GetStatistics() => shared.GetStatistics(key);

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => shared.AttemptAcquire(key, permitCount);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            shared.AcquireAsync(key, permitCount, cancellationToken);
    }
}
