namespace Panelist.Api.GraphQL.Relay;

/// <summary>
/// One edge of a page. The cursor (JSON and an HMAC) is made when a client asks for it: most pages are read
/// through <c>nodes</c>, and signing every row's cursor was a visible share of a search request's CPU.
/// </summary>
public sealed class Edge<T>(Func<T, string> cursor, T node)
{
    private string? _cursor;

    public string Cursor => _cursor ??= cursor(Node);

    public T Node { get; } = node;
}
