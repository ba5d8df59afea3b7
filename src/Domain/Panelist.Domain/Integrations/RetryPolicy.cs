namespace Panelist.Domain.Integrations;

/// <summary>
/// Exponential backoff with full jitter, the attempt after which a delivery is dead-lettered, and the
/// installation's circuit breaker: failed calls in a row that open it, and for how long.
/// </summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public static readonly RetryPolicy Default = new(8, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(30));

    /// <summary>Failed calls in a row (throttles do not count) that open an installation's circuit, on every replica at once.</summary>
    public int CircuitThreshold { get; init; } = 5;

    public TimeSpan CircuitCooldown { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1: random up to base × 2^(attempt−1), capped, and never before the vendor's own Retry-After.</summary>
    public TimeSpan Delay(int attempt, TimeSpan? notBefore, Random random)
    {
        var ceiling = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempt - 1)));
        var jittered = TimeSpan.FromMilliseconds(ceiling * (0.5 + (random.NextDouble() / 2)));
        return notBefore is { } floor && floor > jittered ? floor : jittered;
    }
}
