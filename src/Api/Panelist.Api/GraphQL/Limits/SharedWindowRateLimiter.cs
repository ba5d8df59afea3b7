using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.RateLimiting;
using Panelist.Domain.Limits;

namespace Panelist.Api.GraphQL.Limits;

/// <summary>
/// The per-client fixed window when replicas share PostgreSQL. Each replica keeps, per client, an allowance leased
/// from the shared budget (<see cref="ClientRateBudget"/>, one upsert per slice of <see cref="LimitOptions.RateLimitSlice"/>
/// permits, never one per request): a request that finds permits left costs a lock and a decrement. The grants of a
/// window never exceed the limit; what it trades is the other way round: a slice leased by a replica the client stops
/// calling is lost for the window, so a client spread over N replicas may be refused up to N × (slice − 1) requests
/// early. A refused lease marks the client spent on this replica until the window ends, so a throttled client costs no
/// further round trips. Should PostgreSQL fail, the replica admits a slice per second on its own, as if alone.
/// </summary>
public sealed class SharedWindowRateLimiter(LimitOptions limits, ClientRateBudget budget, ILogger<SharedWindowRateLimiter> logger)
    : PartitionedRateLimiter<string>
{
    private static readonly TimeSpan FallbackWindow = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, Allowance> _allowances = new(StringComparer.Ordinal);
    private readonly int _slice = limits.RateLimitSlice > 0
        ? Math.Min(limits.RateLimitSlice, limits.RequestsPerWindow)
        : Math.Clamp(limits.RequestsPerWindow / 20, 1, 100);

    public override RateLimiterStatistics? GetStatistics(string resource) =>
        _allowances.TryGetValue(resource, out var allowance) ? new RateLimiterStatistics { CurrentAvailablePermits = allowance.Available } : null;

    /// <summary>Only the local allowance: never waits. The middleware falls back to <see cref="AcquireAsyncCore"/> when it has none.</summary>
    protected override RateLimitLease AttemptAcquireCore(string resource, int permitCount) =>
        AllowanceOf(resource).TryTake(permitCount) ?? Lease.Refused(null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(string resource, int permitCount, CancellationToken cancellationToken)
    {
        var allowance = AllowanceOf(resource);
        while (true)
        {
            if (allowance.TryTake(permitCount) is { } decided)
            {
                return decided;
            }

            // One lease in flight per client on this replica; concurrent requests wait for it.
            await allowance.Refill(() => LeaseAsync(resource, allowance)).WaitAsync(cancellationToken);
        }
    }

    private Allowance AllowanceOf(string resource)
    {
        if (_allowances.Count > 10_000 && !_allowances.ContainsKey(resource))
        {
            // Clients of past windows; their next request leases afresh.
            foreach (var (key, stale) in _allowances)
            {
                if (stale.Expired)
                {
                    _allowances.TryRemove(key, out _);
                }
            }
        }

        return _allowances.GetOrAdd(resource, _ => new Allowance());
    }

    private async Task LeaseAsync(string resource, Allowance allowance)
    {
        // The window's remaining time counts from before the round trip, so the allowance ends no later than the window.
        var started = Stopwatch.GetTimestamp();
        try
        {
            var slice = await budget.TakeAsync(resource, _slice, limits.RequestsPerWindow, limits.Window, CancellationToken.None);
            allowance.Set(slice.Granted, started, slice.Remaining);
        }
#pragma warning disable CA1031 // The limit protects the API, it must not take it down with the database: the replica limits alone meanwhile.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogWarning(e, "Could not lease a rate-limit slice from PostgreSQL; this replica admits {Slice} per second on its own", _slice);
            allowance.Set(_slice, started, FallbackWindow);
        }
    }

    /// <summary>One client's permits on this replica, until the leased window ends.</summary>
    private sealed class Allowance
    {
        private readonly Lock _gate = new();
        private int _remaining;
        private long _until;
        private bool _spent;
        private Task? _refill;

        public int Available
        {
            get
            {
                lock (_gate)
                {
                    return Stopwatch.GetTimestamp() < _until ? _remaining : 0;
                }
            }
        }

        public bool Expired => Stopwatch.GetTimestamp() >= Volatile.Read(ref _until);

        /// <summary>A granted lease, a refusal with the window's rest as Retry-After, or null when a new slice must be leased.</summary>
        public Lease? TryTake(int permits)
        {
            lock (_gate)
            {
                var now = Stopwatch.GetTimestamp();
                if (now >= _until)
                {
                    return null;
                }

                if (_remaining >= permits)
                {
                    _remaining -= permits;
                    return Lease.Granted;
                }

                return _spent ? Lease.Refused(Stopwatch.GetElapsedTime(now, _until)) : null;
            }
        }

        public Task Refill(Func<Task> lease)
        {
            lock (_gate)
            {
                // A completed refill is never awaited again: the next empty allowance starts another.
                if (_refill is null || _refill.IsCompleted)
                {
                    // Started off the lock: the lease completes under it.
                    _refill = Task.Run(lease);
                }

                return _refill;
            }
        }

        public void Set(int granted, long started, TimeSpan remaining)
        {
            lock (_gate)
            {
                _remaining = granted;
                _spent = granted == 0;
                _until = started + (long)(remaining.TotalSeconds * Stopwatch.Frequency);
            }
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public static Lease Refused(TimeSpan? retryAfter) => new(false, retryAfter);

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
