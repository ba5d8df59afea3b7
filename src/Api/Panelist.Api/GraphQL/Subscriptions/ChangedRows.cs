using System.Threading.Channels;
using GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;
using Panelist.Domain.Changes;
using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Subscriptions;

/// <summary>
/// The event stream of a row-level subscription (<c>interviewUpdated</c>, <c>deliveryUpdated</c>…):
/// bus notices of the subscriber's organization that pass <paramref name="filter"/>, each loaded in
/// a scope acting as the subscriber — a row the subscriber may not see loads as null and is skipped —
/// and, after the bus lost notices (a reconnect), the rows <c>reload</c> finds changed since then.
/// </summary>
public sealed class ChangedRows(
    ChangeBus bus,
    IServiceScopeFactory scopes,
    SharedRowLoads loads,
    string fieldName,
    RequestContext caller,
    Func<ChangeNotice, bool> filter,
    Func<IServiceProvider, Guid, CancellationToken, Task<object?>> load,
    Func<IServiceProvider, DateTime, CancellationToken, Task<IReadOnlyList<object>>> reload) : IObservable<object?>
{
    /// <summary>Notices waiting for one subscriber's loads; beyond it the stream falls back to a resync.</summary>
    public const int Backlog = 512;

    private IServiceScopeFactory Scopes => scopes;

    private RequestContext Caller => caller;

    /// <summary>Subscribers who see a changed row the same way share its load.</summary>
    private string Audience => $"{fieldName}|{caller.Actor.Role}|{caller.OrganizationId}|{caller.Actor.InterviewerId}";

    private Func<IServiceProvider, Guid, CancellationToken, Task<object?>> Load => load;

    private Func<IServiceProvider, DateTime, CancellationToken, Task<IReadOnlyList<object>>> Reload => reload;

    /// <summary>
    /// Checks the field's roles (stream resolvers bypass the field middleware), waits until the bus hears
    /// changes on this replica, and returns the stream.
    /// </summary>
    public static async Task<IObservable<object?>> OpenAsync(IResolveFieldContext ctx, Func<ChangeNotice, bool> filter,
        Func<IServiceProvider, Guid, CancellationToken, Task<object?>> load,
        Func<IServiceProvider, DateTime, CancellationToken, Task<IReadOnlyList<object>>> reload)
    {
        var caller = Authorize(ctx);
        var bus = ctx.Service<ChangeBus>();
        await WaitUntilListeningAsync(bus, ctx.CancellationToken);
        return new ChangedRows(bus, ctx.Service<IServiceScopeFactory>(), ctx.Service<SharedRowLoads>(), ctx.FieldDefinition.Name, caller, filter, load, reload);
    }

    /// <summary>The subscriber, once its role may use the field.</summary>
    public static RequestContext Authorize(IResolveFieldContext ctx)
    {
        var caller = ctx.Request();
        if (FieldAuthorization.RolesOf(ctx.FieldDefinition) is { } roles && !roles.Contains(caller.Actor.Role))
        {
            throw ApiError.Forbidden($"The role {Auth.PanelistClaims.RoleName(caller.Actor.Role)} may not subscribe to {ctx.FieldDefinition.Name}.");
        }

        return new RequestContext(caller.Actor, caller.OrganizationId, caller.RequestId);
    }

    public static async Task WaitUntilListeningAsync(ChangeBus bus, CancellationToken ct)
    {
        try
        {
            await bus.WhenListeningAsync(ct).WaitAsync(TimeSpan.FromSeconds(5), ct);
        }
        catch (TimeoutException)
        {
            // The listener keeps reconnecting; this subscription is resynced once it is back.
        }
    }

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        var pump = new Pump(this, observer);
        pump.Start(bus.Subscribe(pump));
        return pump;
    }

    /// <summary>The row as this subscriber's audience sees it, loaded once for all of them in a scope of its own.</summary>
    private Task<object?> LoadShared(ChangeNotice notice) => loads.LoadAsync(notice, Audience, async () =>
    {
        await using var scope = scopes.CreateScope(caller);
        return await load(scope.ServiceProvider, notice.SubjectId, CancellationToken.None);
    });

    private bool Wants(ChangeNotice notice) =>
        (caller.OrganizationId is not { } organization || notice.OrganizationId == organization) && filter(notice);

    private sealed class Pump(ChangedRows stream, IObserver<object?> observer) : IChangeListener, IDisposable
    {
        private readonly Channel<(ChangeNotice? Notice, DateTime Since)> _signals =
            Channel.CreateBounded<(ChangeNotice?, DateTime)>(new BoundedChannelOptions(Backlog) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        private readonly CancellationTokenSource _stop = new();
        private IDisposable? _busSubscription;
        private long _missedSinceTicks;

        public void Start(IDisposable busSubscription)
        {
            _busSubscription = busSubscription;
            _ = Task.Run(RunAsync);
        }

        public void OnChange(ChangeNotice notice)
        {
            if (stream.Wants(notice) && !_signals.Writer.TryWrite((notice, default)))
            {
                Interlocked.CompareExchange(ref _missedSinceTicks, DateTime.UtcNow.AddSeconds(-5).Ticks, 0);
            }
        }

        public void OnResync(DateTime since)
        {
            if (!_signals.Writer.TryWrite((null, since)))
            {
                Interlocked.CompareExchange(ref _missedSinceTicks, since.Ticks, 0);
            }
        }

        public void Dispose()
        {
            _busSubscription?.Dispose();
            _signals.Writer.TryComplete();
            _stop.Cancel();
        }

        private async Task RunAsync()
        {
            var ct = _stop.Token;
            try
            {
                await foreach (var (notice, since) in _signals.Reader.ReadAllAsync(ct))
                {
                    if (notice is not null)
                    {
                        if (await stream.LoadShared(notice).WaitAsync(ct) is { } row)
                        {
                            observer.OnNext(row);
                        }
                    }
                    else
                    {
                        await using var scope = stream.Scopes.CreateScope(stream.Caller);
                        foreach (var row in await stream.Reload(scope.ServiceProvider, since, ct))
                        {
                            observer.OnNext(row);
                        }
                    }

                    if (Interlocked.Exchange(ref _missedSinceTicks, 0) is var missed and > 0)
                    {
                        OnResync(new DateTime(missed, DateTimeKind.Utc));
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                observer.OnError(e);
            }
        }
    }
}
