using System.Globalization;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.State;

namespace Panelist.Integrations.Lever;

/// <summary>
/// Lever answers 429 bare (no Retry-After, no rate-limit headers), so the connector decides how long the installation
/// waits: one second (about one refill of Lever's 10/s bucket) after a first 429, doubling for every 429 that follows
/// the end of the previous wait closely, up to a minute. The run of 429s lives in the installation's store, so every
/// replica and every retry sees it; a quiet spell ends the run without a write on each success.
/// </summary>
internal static class LeverThrottle
{
    public const string StoreKey = "throttle:429";

    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(60);

    /// <summary>A 429 later than this after the previous wait ended starts a new run.</summary>
    public static readonly TimeSpan QuietSpell = TimeSpan.FromSeconds(10);

    public static async Task<RetryLater> BackOffAsync(IConnectorStore? store, DateTimeOffset now, string what, CancellationToken cancellationToken)
    {
        var run = 1;
        if (store is not null && await store.GetJsonAsync<Run>(StoreKey, cancellationToken) is { } previous && now <= previous.Until + QuietSpell)
        {
            run = previous.Count + 1;
        }

        var wait = WaitFor(run);
        var until = now + wait;
        if (store is not null)
        {
            await store.SetJsonAsync(StoreKey, new Run(run, until), cancellationToken);
        }

        return new RetryLater(null, $"{what}: Lever throttled the installation (429 #{run} in a row, waiting {wait.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s)")
        {
            ThrottledUntil = until,
        };
    }

    /// <summary>The wait after the <paramref name="run"/>-th 429 in a row: 1 s, 2 s, 4 s … at most a minute.</summary>
    public static TimeSpan WaitFor(int run) =>
        TimeSpan.FromTicks(Math.Min(LongestWait.Ticks, FirstWait.Ticks * (1L << Math.Clamp(run - 1, 0, 20))));

    internal sealed record Run(int Count, DateTimeOffset Until);
}
