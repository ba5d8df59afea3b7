using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Panelist.Benchmarks;

/// <summary>
/// One graphql-transport-ws client on its own connection: init with the token, wait for the ack,
/// subscribe, then read for as long as it lives, noting when each <c>next</c> of the subscription
/// arrived. Its receive buffer is small (a few hundred bytes) so that ten thousand of them measure the
/// server, not the client; a longer message is assembled from several reads.
/// </summary>
public sealed class Subscriber(int number) : IDisposable
{
    public const string SubscriptionId = "s";
    private const string ReadyId = "r";
    private const int ReceiveBuffer = 512;

    private readonly ClientWebSocket _socket = CreateSocket();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastNextTimestamp;
    private int _nexts;
    private bool _confirmByNext;

    public int Number => number;

    /// <summary><c>next</c> messages of the subscription received so far.</summary>
    public int Nexts => Volatile.Read(ref _nexts);

    /// <summary>When the latest <c>next</c> arrived (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public long LastNextTimestamp => Volatile.Read(ref _lastNextTimestamp);

    /// <summary>Why the socket ended, once it did (a close code from the server or an exception).</summary>
    public string? Ended { get; private set; }

    /// <summary>
    /// Connects, authenticates and subscribes. With <paramref name="firstNextConfirms"/> (metrics: the snapshot
    /// comes at once) the first <c>next</c> confirms the subscription; otherwise a query sent behind it on
    /// the same socket does, since the protocol acknowledges no subscribe.
    /// </summary>
    public async Task StartAsync(Uri address, HttpMessageInvoker invoker, string token, string subscription, bool firstNextConfirms, TimeSpan timeout)
    {
        _confirmByNext = firstNextConfirms;
        using var cts = new CancellationTokenSource(timeout);
        await _socket.ConnectAsync(address, invoker, cts.Token);
        _ = ReceiveAsync();
        await SendAsync(JsonSerializer.Serialize(new { type = "connection_init", payload = new { authorization = "Bearer " + token } }), cts.Token);
        await SendAsync(JsonSerializer.Serialize(new { id = SubscriptionId, type = "subscribe", payload = new { query = subscription } }), cts.Token);
        if (!firstNextConfirms)
        {
            await SendAsync(JsonSerializer.Serialize(new { id = ReadyId, type = "subscribe", payload = new { query = "{ viewer { role } }" } }), cts.Token);
        }

        await _ready.Task.WaitAsync(cts.Token);
    }

    public void Dispose()
    {
        _socket.Abort();
        _socket.Dispose();
    }

    private static ClientWebSocket CreateSocket()
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.SetBuffer(ReceiveBuffer, ReceiveBuffer);
        // The server's keep-alive pings are answered by the client; no pings of our own.
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        return socket;
    }

    private Task SendAsync(string json, CancellationToken ct) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, ct);

    private async Task ReceiveAsync()
    {
        var buffer = new byte[ReceiveBuffer];
        var message = new ArrayBufferWriter<byte>(ReceiveBuffer);
        try
        {
            while (true)
            {
                var frame = await _socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    End($"closed {(int?)_socket.CloseStatus} {_socket.CloseStatusDescription}");
                    return;
                }

                if (frame.EndOfMessage && message.WrittenCount == 0)
                {
                    Handle(buffer.AsSpan(0, frame.Count));
                    continue;
                }

                message.Write(buffer.AsSpan(0, frame.Count));
                if (frame.EndOfMessage)
                {
                    Handle(message.WrittenSpan);
                    message.ResetWrittenCount();
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            End(e.GetType().Name + ": " + e.Message);
        }
    }

    private void Handle(ReadOnlySpan<byte> json)
    {
        var arrived = Stopwatch.GetTimestamp();
        var (type, id) = TypeAndId(json);
        switch (type)
        {
            case "next" when id == SubscriptionId:
                Volatile.Write(ref _lastNextTimestamp, arrived);
                Interlocked.Increment(ref _nexts);
                if (_confirmByNext)
                {
                    _ready.TrySetResult();
                }

                break;
            case "complete" when id == ReadyId:
                _ready.TrySetResult();
                break;
            case "error":
                End("error on " + id + ": " + FirstErrorMessage(json));
                break;
        }
    }

    private void End(string why)
    {
        Ended ??= why;
        _ready.TrySetException(new InvalidOperationException($"subscriber {number}: {why}"));
    }

    /// <summary>The first GraphQL error's message of an <c>error</c> message (its payload is the list of errors).</summary>
    private static string FirstErrorMessage(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        return document.RootElement.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Array && payload.GetArrayLength() > 0
            && payload[0].TryGetProperty("message", out var message)
            ? message.GetString() ?? ""
            : document.RootElement.GetRawText();
    }

    private static (string? Type, string? Id) TypeAndId(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        string? type = null, id = null;
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && (type is null || id is null))
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "type":
                    type = reader.GetString();
                    break;
                case "id":
                    id = reader.GetString();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return (type, id);
    }
}
