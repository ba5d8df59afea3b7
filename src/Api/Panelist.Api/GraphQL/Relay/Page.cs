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
