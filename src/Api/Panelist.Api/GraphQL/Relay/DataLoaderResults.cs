using GraphQL.DataLoader;

namespace Panelist.Api.GraphQL.Relay;

public static class DataLoaderResults
{
    /// <summary>For root fields by id: a missing (or invisible) object is null with a NOT_FOUND error, as for node(id:).</summary>
    public static IDataLoaderResult<T> OrNotFound<T>(this IDataLoaderResult<T?> result, string what)
        where T : class =>
        new LazyResult<T>(async ct => await result.GetResultAsync(ct) ?? throw Errors.ApiError.NotFound(what));
}
