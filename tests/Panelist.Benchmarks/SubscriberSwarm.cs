using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Net.WebSockets;

namespace Panelist.Benchmarks;

/// <summary>
/// Many <see cref="Subscriber"/>s spread round-robin over the replicas' addresses: grows in steps,
/// counting why connections failed, and measures how long one change takes to reach each of them.
/// </summary>
public sealed class SubscriberSwarm(IReadOnlyList<Uri> addresses, string token, string subscription, bool firstNextConfirms) : IDisposable
{
    /// <summary>Connections being opened at once: enough to keep both cores busy, few enough not to overflow the listen backlog.</summary>
    private const int ConnectParallelism = 64;

    private readonly List<Subscriber> _live = [];
    // Each ClientWebSocket upgrades its own HTTP/1.1 connection; one handler avoids a handler per socket.
    private readonly HttpMessageInvoker _invoker = new(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, ConnectTimeout = TimeSpan.FromSeconds(10) });

    public int Count => _live.Count;

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Opens subscribers until <paramref name="target"/> are live; returns the failures by reason and the time taken.</summary>
    public async Task<(Dictionary<string, int> Failures, TimeSpan Elapsed)> GrowToAsync(int target)
    {
        var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var added = new ConcurrentBag<Subscriber>();
        var first = _live.Count;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(first, Math.Max(0, target - first)), new ParallelOptions { MaxDegreeOfParallelism = ConnectParallelism },
            async (n, _) =>
            {
                var subscriber = new Subscriber(n);
                try
                {
                    await subscriber.StartAsync(addresses[n % addresses.Count], _invoker, token, subscription, firstNextConfirms, ConnectTimeout);
                    added.Add(subscriber);
                }
                catch (Exception e)
                {
                    failures.AddOrUpdate(Reason(e), 1, (_, c) => c + 1);
                    subscriber.Dispose();
                }
            });
        _live.AddRange(added.OrderBy(s => s.Number));
        return (new Dictionary<string, int>(failures, StringComparer.Ordinal), clock.Elapsed);
    }

    /// <summary>
    /// Runs <paramref name="change"/> and waits until every live subscriber has one more <c>next</c> (or the
    /// timeout passes). Latencies are from just before the change was sent to each arrival, in ms, sorted.
    /// </summary>
    public async Task<FanOut> FanOutAsync(Func<Task> change, TimeSpan timeout)
    {
        var before = _live.ToDictionary(s => s, s => s.Nexts);
        var started = Stopwatch.GetTimestamp();
        await change();
        var changed = Stopwatch.GetElapsedTime(started);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout && _live.Any(s => s.Ended is null && s.Nexts <= before[s]))
        {
            await Task.Delay(20);
        }

        var latencies = _live.Where(s => s.Nexts > before[s])
            .Select(s => Stopwatch.GetElapsedTime(started, s.LastNextTimestamp).TotalMilliseconds).Order().ToArray();
        var lost = _live.Where(s => s.Ended is not null).GroupBy(s => Short(s.Ended!)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new FanOut(_live.Count, latencies, changed.TotalMilliseconds, lost);
    }

    public void Dispose()
    {
        foreach (var subscriber in _live)
        {
            subscriber.Dispose();
        }

        _live.Clear();
        _invoker.Dispose();
    }

    /// <summary>The kind of failure, so that the report can say what broke: ports, descriptors, timeouts, refusals.</summary>
    private static string Reason(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SocketException socket:
                    return "socket " + socket.SocketErrorCode;
                case OperationCanceledException or TimeoutException:
                    return "timeout";
                case InvalidOperationException when inner.Message.StartsWith("subscriber ", StringComparison.Ordinal):
                    return Short(inner.Message[(inner.Message.IndexOf(':', StringComparison.Ordinal) + 2)..]);
                case WebSocketException when inner.InnerException is null:
                    return Short("websocket: " + inner.Message);
            }
        }

        return Short(e.GetType().Name + ": " + e.Message);
    }

    private static string Short(string text) => text.Length > 70 ? text[..70] : text;
}
