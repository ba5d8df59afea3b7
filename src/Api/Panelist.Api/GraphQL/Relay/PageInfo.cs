namespace Panelist.Api.GraphQL.Relay;

/// <summary>The page's bounds; its cursors are those of the first and last edge, made only when asked for.</summary>
public sealed class PageInfo(bool hasNextPage, bool hasPreviousPage, Func<string>? startCursor, Func<string>? endCursor)
{
    public bool HasNextPage { get; } = hasNextPage;

    public bool HasPreviousPage { get; } = hasPreviousPage;

    public string? StartCursor => startCursor?.Invoke();

    public string? EndCursor => endCursor?.Invoke();
}
