namespace Panelist.Plugins.Hosting.Calling;

/// <summary>What the host saw on the wire during one connector call: how many requests, and whether the vendor (or the host's own limit) throttled it.</summary>
public sealed class CallObservation
{
    private int _requests;
    private long _throttledForTicks = -1;

    /// <summary>HTTP requests the connector sent through the installation's client (OAuth, lookups and writes alike).</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The longest wait a throttle asked for (a 429, or a Retry-After on any answer), or null when nothing throttled the call.</summary>
    public TimeSpan? ThrottledFor => Interlocked.Read(ref _throttledForTicks) is var ticks and >= 0 ? TimeSpan.FromTicks(ticks) : null;

    /// <summary>Why, in words, for the delivery's last error.</summary>
    public string? ThrottleReason { get; private set; }

    internal void Sent() => Interlocked.Increment(ref _requests);

    internal void Throttled(TimeSpan wait, string reason)
    {
        var ticks = Math.Max(0, wait.Ticks);
        long current;
        do
        {
            current = Interlocked.Read(ref _throttledForTicks);
            if (current >= ticks)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _throttledForTicks, ticks, current) != current);
        ThrottleReason = reason;
    }
}
