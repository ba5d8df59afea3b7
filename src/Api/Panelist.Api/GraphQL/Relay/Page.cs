using GraphQL.DataLoader;

namespace Panelist.Api.GraphQL.Relay;

/// <summary>
/// One page of a Relay connection. The total is counted only when a client asks for it, through a
/// data loader result so that the totals of many nested pages are counted in one query.
/// </summary>
public sealed class Page<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<IDataLoaderResult<int>> count)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    public PageInfo PageInfo { get; } = pageInfo;

    public IDataLoaderResult<int> Count() => count();
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>A data loader result that runs its query when first awaited.</summary>
public sealed class LazyResult<T>(Func<CancellationToken, Task<T>> load) : IDataLoaderResult<T>
{
    private Task<T>? _task;

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => _task ??= load(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}

public static class DataLoaderResults
{
    /// <summary>For root fields by id: a missing (or invisible) object is null with a NOT_FOUND error, as for node(id:).</summary>
    public static IDataLoaderResult<T> OrNotFound<T>(this IDataLoaderResult<T?> result, string what)
        where T : class =>
        new LazyResult<T>(async ct => await result.GetResultAsync(ct) ?? throw Errors.ApiError.NotFound(what));
}
