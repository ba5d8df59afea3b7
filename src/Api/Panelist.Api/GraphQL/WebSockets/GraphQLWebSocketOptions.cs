namespace Panelist.Api.GraphQL.WebSockets;

/// <summary>The <c>WebSockets</c> section: what one GraphQL socket may hold and how long the server waits.</summary>
public sealed class GraphQLWebSocketOptions
{
    public const string Section = "WebSockets";

    public const string Subprotocol = "graphql-transport-ws";

    /// <summary>No <c>connection_init</c> within this time closes the socket with 4408 (graphql-ws's default).</summary>
    public TimeSpan ConnectionInitWaitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Messages waiting to be sent to one client; a full queue closes the socket with 1013.</summary>
    public int SocketSenderCapacity { get; set; } = 256;

    /// <summary>A send that takes longer than this (the client stopped reading) aborts the socket.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Operations (subscriptions, queries, mutations) running at once on one socket; more answer <c>error</c> with THROTTLED and the socket stays open.</summary>
    public int MaxOperations { get; set; } = 100;

    /// <summary>WebSocket-level ping frames keep idle sockets open through proxies.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);
}
