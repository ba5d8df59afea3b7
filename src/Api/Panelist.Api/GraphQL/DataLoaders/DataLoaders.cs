namespace Panelist.Api.GraphQL.DataLoaders;

/// <summary>
/// The request's batch loaders, one per name. Scoped: loaders and their caches live for one request,
/// and queries run serially, so they share the request's DbContext safely.
/// </summary>
public sealed class DataLoaders
{
    private readonly Dictionary<string, object> _loaders = [];

    /// <summary>One value per key (null when missing).</summary>
    public BatchLoader<TKey, TValue> ByKey<TKey, TValue>(string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)(_loaders.TryGetValue(name, out var loader)
            ? loader
            : _loaders[name] = new BatchLoader<TKey, TValue>(fetch, () => default));

    /// <summary>A list per key (empty when none).</summary>
    public BatchLoader<TKey, IReadOnlyList<TValue>> Grouped<TKey, TValue>(string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
        where TKey : notnull =>
        (BatchLoader<TKey, IReadOnlyList<TValue>>)(_loaders.TryGetValue(name, out var loader)
            ? loader
            : _loaders[name] = new BatchLoader<TKey, IReadOnlyList<TValue>>(
                async (keys, ct) => (await fetch(keys, ct)).ToDictionary(g => g.Key, g => (IReadOnlyList<TValue>)[.. g]),
                () => []));
}
