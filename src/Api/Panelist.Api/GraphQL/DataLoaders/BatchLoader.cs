using GraphQL.DataLoader;

namespace Panelist.Api.GraphQL.DataLoaders;

/// <summary>
/// Collects keys while the engine walks one level of the query, then fetches them all in one query
/// (in chunks of <see cref="ChunkSize"/>) when the first result is awaited. Values are cached for the
/// request, so a key is fetched at most once.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    Func<TValue?> missing)
    where TKey : notnull
{
    public const int ChunkSize = 500;

    private readonly Dictionary<TKey, TValue?> _loaded = [];
    private readonly HashSet<TKey> _pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }

        return new Pending(this, key);
    }

    /// <summary>A value another query already read (a join), so loading its key later costs no query.</summary>
    public void Prime(TKey key, TValue value)
    {
        _loaded.TryAdd(key, value);
        _pending.Remove(key);
    }

    private async Task<TValue?> ResultAsync(TKey key, CancellationToken ct)
    {
        if (!_loaded.TryGetValue(key, out var value))
        {
            await DispatchAsync(ct);
            value = _loaded[key];
        }

        return value;
    }

    private async Task DispatchAsync(CancellationToken ct)
    {
        var keys = _pending.ToList();
        _pending.Clear();
        foreach (var chunk in keys.Chunk(ChunkSize))
        {
            var found = await fetch(chunk, ct);
            foreach (var key in chunk)
            {
                _loaded[key] = found.TryGetValue(key, out var value) ? value : missing();
            }
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResultAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
