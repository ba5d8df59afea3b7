namespace Panelist.Api.GraphQL.Subscriptions;

/// <summary>
/// Subscribers to the same computed stream (e.g. <c>metricsUpdated</c> of one scope) share one source:
/// one computation per change, whose result goes to all of them. The source starts with the first
/// subscriber and stops with the last; a later subscriber gets the latest value at once. A value equal
/// to the previous one (by <c>comparable</c>) is not sent again.
/// </summary>
public sealed class SharedStreams
{
    private readonly Dictionary<string, Shared> _streams = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>How many distinct sources run now (one per scope with subscribers).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _streams.Count;
            }
        }
    }

    public IObservable<object?> For(string key, Func<IObservable<object?>> source, Func<object?, object?> comparable) =>
        new Handle(this, key, source, comparable);

    private sealed class Handle(SharedStreams owner, string key, Func<IObservable<object?>> source, Func<object?, object?> comparable) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            Shared shared;
            lock (owner._gate)
            {
                if (!owner._streams.TryGetValue(key, out shared!))
                {
                    shared = new Shared(owner, key, comparable);
                    owner._streams[key] = shared;
                }

                shared.Observers.Add(observer);
            }

            shared.Joined(observer, source);
            return new Leave(owner, shared, observer);
        }
    }

    private sealed class Shared(SharedStreams owner, string key, Func<object?, object?> comparable) : IObserver<object?>
    {
        private bool _started;
        private bool _hasValue;
        private object? _last;

        public string Key => key;

        public List<IObserver<object?>> Observers { get; } = [];

        public IDisposable? Source { get; set; }

        public void Joined(IObserver<object?> observer, Func<IObservable<object?>> source)
        {
            bool start;
            object? replay = null;
            var hasReplay = false;
            lock (owner._gate)
            {
                start = !_started;
                _started = true;
                if (_hasValue)
                {
                    (replay, hasReplay) = (_last, true);
                }
            }

            if (hasReplay)
            {
                observer.OnNext(replay);
            }

            if (start)
            {
                var subscription = source().Subscribe(this);
                bool abandoned;
                lock (owner._gate)
                {
                    // The last subscriber may have left while the source was starting: then nobody stops it but us.
                    abandoned = Observers.Count == 0;
                    Source = subscription;
                }

                if (abandoned)
                {
                    subscription.Dispose();
                }
            }
        }

        public void OnNext(object? value)
        {
            IObserver<object?>[] targets;
            lock (owner._gate)
            {
                if (_hasValue && Equals(comparable(_last), comparable(value)))
                {
                    return;
                }

                (_last, _hasValue) = (value, true);
                targets = [.. Observers];
            }

            foreach (var target in targets)
            {
                target.OnNext(value);
            }
        }

        public void OnError(Exception error)
        {
            IObserver<object?>[] targets;
            lock (owner._gate)
            {
                targets = [.. Observers];
            }

            foreach (var target in targets)
            {
                target.OnError(error);
            }
        }

        public void OnCompleted()
        {
        }
    }

    private sealed class Leave(SharedStreams owner, Shared shared, IObserver<object?> observer) : IDisposable
    {
        public void Dispose()
        {
            IDisposable? stop = null;
            lock (owner._gate)
            {
                if (shared.Observers.Remove(observer) && shared.Observers.Count == 0)
                {
                    owner._streams.Remove(shared.Key);
                    stop = shared.Source;
                }
            }

            stop?.Dispose();
        }
    }
}
