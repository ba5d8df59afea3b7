using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Panelist.Plugins.Sdk;

namespace Panelist.Plugins.Hosting.Dispatch;

/// <summary>The vendor's published rate limit (from the connector's descriptor), one token bucket per installation.</summary>
public sealed class RateLimiters : IDisposable
{
    private readonly ConcurrentDictionary<Guid, RateLimiter> _limiters = new();

    /// <summary>True when a call may go now; otherwise how long to wait is in <paramref name="retryAfter"/>.</summary>
    public bool TryAcquire(Guid installationId, RateLimit? limit, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (limit is null || limit.Requests <= 0)
        {
            return true;
        }

        var limiter = _limiters.GetOrAdd(installationId, _ => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.Requests,
            TokensPerPeriod = limit.Requests,
            ReplenishmentPeriod = limit.Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
        using var lease = limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : limit.Period;
        return false;
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
