using System.Data.Common;

namespace Panelist.Domain.Changes;

/// <summary>
/// Tells live subscribers which rows changed, after the change committed and on every replica.
/// <see cref="ChangeCapture"/> is the one writer: it hands each transaction's notices to
/// <see cref="PublishInTransactionAsync"/> before the commit and to <see cref="Committed"/> after it.
/// </summary>
public abstract class ChangeBus
{
    private readonly Lock _gate = new();
    private IChangeListener[] _listeners = [];

    /// <summary>Listeners now registered (for tests and diagnostics).</summary>
    public int ListenerCount => Volatile.Read(ref _listeners).Length;

    public IDisposable Subscribe(IChangeListener listener)
    {
        lock (_gate)
        {
            _listeners = [.. _listeners, listener];
        }

        return new Subscription(this, listener);
    }

    /// <summary>Completes when notices committed from now on will reach this replica's listeners.</summary>
    public virtual Task WhenListeningAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Runs for the life of the process (a hosted service calls it); nothing to do in one process.</summary>
    public virtual Task RunAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Inside the writing transaction, before its commit: a rolled-back change must never be announced.</summary>
    public abstract Task PublishInTransactionAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<ChangeNotice> notices,
        CancellationToken ct);

    /// <summary>After the commit of a transaction whose notices went through <see cref="PublishInTransactionAsync"/>.</summary>
    public abstract void Committed(IReadOnlyList<ChangeNotice> notices);

    protected void Dispatch(IReadOnlyList<ChangeNotice> notices)
    {
        var listeners = Volatile.Read(ref _listeners);
        foreach (var notice in notices)
        {
            foreach (var listener in listeners)
            {
                listener.OnChange(notice);
            }
        }
    }

    protected void Resync(DateTime since)
    {
        foreach (var listener in Volatile.Read(ref _listeners))
        {
            listener.OnResync(since);
        }
    }

    private void Unsubscribe(IChangeListener listener)
    {
        lock (_gate)
        {
            _listeners = [.. _listeners.Where(l => !ReferenceEquals(l, listener))];
        }
    }

    private sealed class Subscription(ChangeBus bus, IChangeListener listener) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                bus.Unsubscribe(listener);
            }
        }
    }
}
