using System.Threading.Channels;
using GraphQL;
using Panelist.Domain.Changes;
using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Subscriptions;

/// <summary>
/// The event stream of a computed subscription (<c>metricsUpdated</c>): the computation's result at
/// once, then again whenever a notice passing <paramref name="filter"/> arrived — or the bus resynced —
/// at most once per <paramref name="interval"/>; any number of notices inside one interval make one
/// recomputation. Each computation runs in a fresh scope acting as the subscriber.
/// </summary>
public sealed class CoalescedRecompute(
    ChangeBus bus,
    IServiceScopeFactory scopes,
    RequestContext caller,
    Func<ChangeNotice, bool> filter,
    TimeSpan interval,
    Func<IServiceProvider, CancellationToken, Task<object?>> compute) : IObservable<object?>
{
    private IServiceScopeFactory Scopes => scopes;

    private RequestContext Caller => caller;

    private Func<ChangeNotice, bool> Filter => filter;

    private TimeSpan Interval => interval;

    private Func<IServiceProvider, CancellationToken, Task<object?>> Compute => compute;

    /// <summary>Checks the field's roles and waits until the bus hears changes on this replica.</summary>
    public static async Task<IObservable<object?>> OpenAsync(IResolveFieldContext ctx, Func<ChangeNotice, bool> filter, TimeSpan interval,
        Func<IServiceProvider, CancellationToken, Task<object?>> compute)
    {
        var caller = ChangedRows.Authorize(ctx);
        var bus = ctx.Service<ChangeBus>();
        await ChangedRows.WaitUntilListeningAsync(bus, ctx.CancellationToken);
        return new CoalescedRecompute(bus, ctx.Service<IServiceScopeFactory>(), caller, filter, interval, compute);
    }

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        var pump = new Pump(this, observer);
        pump.Start(bus.Subscribe(pump));
        return pump;
    }

    private sealed class Pump(CoalescedRecompute stream, IObserver<object?> observer) : IChangeListener, IDisposable
    {
        // One pending "dirty" mark: a full channel means a recomputation is already due.
        private readonly Channel<bool> _dirty = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        private readonly CancellationTokenSource _stop = new();
        private IDisposable? _busSubscription;

        public void Start(IDisposable busSubscription)
        {
            _busSubscription = busSubscription;
            _ = Task.Run(RunAsync);
        }

        public void OnChange(ChangeNotice notice)
        {
            if (stream.Filter(notice))
            {
                _dirty.Writer.TryWrite(true);
            }
        }

        public void OnResync(DateTime since) => _dirty.Writer.TryWrite(true);

        public void Dispose()
        {
            _busSubscription?.Dispose();
            _dirty.Writer.TryComplete();
            _stop.Cancel();
        }

        private async Task RunAsync()
        {
            var ct = _stop.Token;
            try
            {
                do
                {
                    var started = DateTime.UtcNow;
                    await using (var scope = stream.Scopes.CreateScope(stream.Caller))
                    {
                        observer.OnNext(await stream.Compute(scope.ServiceProvider, ct));
                    }

                    var wait = stream.Interval - (DateTime.UtcNow - started);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, ct);
                    }
                }
                while (await _dirty.Reader.ReadAsync(ct));
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
            }
            catch (ChannelClosedException)
            {
            }
            catch (Exception e)
            {
                observer.OnError(e);
            }
        }
    }
}
