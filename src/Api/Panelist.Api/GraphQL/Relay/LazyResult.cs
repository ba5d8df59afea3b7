using GraphQL.DataLoader;

namespace Panelist.Api.GraphQL.Relay;

/// <summary>A data loader result that runs its query when first awaited.</summary>
public sealed class LazyResult<T>(Func<CancellationToken, Task<T>> load) : IDataLoaderResult<T>
{
    private Task<T>? _task;

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => _task ??= load(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
