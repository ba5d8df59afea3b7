using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Panelist.Testing.Api;

/// <summary>
/// A raw <c>graphql-transport-ws</c> client over the test server's WebSocket: send any message, read
/// the next one or the close code. Tests drive the protocol by hand, faults included.
/// </summary>
public sealed class GraphQLSocket : IAsyncDisposable
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly WebSocket _socket;

    private GraphQLSocket(WebSocket socket) => _socket = socket;

    /// <summary>The close code the server sent, once it closed.</summary>
    public int? CloseCode => _socket.CloseStatus is { } status ? (int)status : null;

    public string? CloseReason => _socket.CloseStatusDescription;

    public static async Task<GraphQLSocket> ConnectAsync<T>(WebApplicationFactory<T> api, string? subprotocol = "graphql-transport-ws")
        where T : class
    {
        var client = api.Server.CreateWebSocketClient();
        if (subprotocol is not null)
        {
            client.SubProtocols.Add(subprotocol);
        }

        return new GraphQLSocket(await client.ConnectAsync(new Uri(api.Server.BaseAddress, "graphql"), CancellationToken.None));
    }

    /// <summary>A real client socket to a server on a port (another process).</summary>
    public static async Task<GraphQLSocket> ConnectAsync(Uri address, string token)
    {
        var client = new ClientWebSocket();
        client.Options.AddSubProtocol("graphql-transport-ws");
        await client.ConnectAsync(address, CancellationToken.None);
        var socket = new GraphQLSocket(client);
        await socket.InitAsync(token);
        return socket;
    }

    /// <summary>Connects, sends <c>connection_init</c> with the token and expects <c>connection_ack</c>.</summary>
    public static async Task<GraphQLSocket> ConnectAsAsync<T>(WebApplicationFactory<T> api, string token)
        where T : class
    {
        var socket = await ConnectAsync(api);
        await socket.InitAsync(token);
        return socket;
    }

    private async Task InitAsync(string token)
    {
        await SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer " + token } });
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack?.GetProperty("type").GetString());
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>The next message, or null when the server closed the socket (see <see cref="CloseCode"/>) or nothing came in time.</summary>
    public async Task<JsonElement?> ReceiveAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var frame = await _socket.ReceiveAsync(buffer, timeout.Token);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, frame.Count);
                if (frame.EndOfMessage)
                {
                    return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Reads until the server closes; returns the close code (null when it stayed open for <paramref name="wait"/>).</summary>
    public async Task<int?> ClosedWithAsync(TimeSpan? wait = null)
    {
        var until = DateTime.UtcNow + (wait ?? DefaultWait);
        while (CloseCode is null && DateTime.UtcNow < until && _socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            await ReceiveAsync(until - DateTime.UtcNow);
        }

        return CloseCode;
    }

    /// <summary>The next message with this operation id (others are skipped).</summary>
    public async Task<JsonElement?> ReceiveForAsync(string id, TimeSpan? wait = null)
    {
        var until = DateTime.UtcNow + (wait ?? DefaultWait);
        while (DateTime.UtcNow < until)
        {
            var message = await ReceiveAsync(until - DateTime.UtcNow);
            if (message is null)
            {
                return null;
            }

            if (message.Value.TryGetProperty("id", out var messageId) && messageId.GetString() == id)
            {
                return message;
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
            }
        }

        _socket.Dispose();
    }
}
