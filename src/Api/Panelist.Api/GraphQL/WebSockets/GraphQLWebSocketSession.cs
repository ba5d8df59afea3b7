using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Limits;

namespace Panelist.Api.GraphQL.WebSockets;

/// <summary>
/// One socket speaking <c>graphql-transport-ws</c>: waits for <c>connection_init</c> (4408 after the
/// timeout), authenticates its token (4403 when invalid, and again when it expires while connected),
/// acknowledges, then runs each <c>subscribe</c> as a <see cref="SocketOperation"/> until the client
/// completes it. Protocol faults close the socket with the protocol's codes (4400, 4401, 4409, 4429).
/// </summary>
#pragma warning disable CA1001 // _closed is disposed at the end of RunAsync, the session's whole life.
public sealed class GraphQLWebSocketSession(WebSocket socket, HttpContext http, GraphQLWebSocketOptions options, LimitOptions limits,
    TimeProvider time, ILogger logger)
{
    private readonly SocketSender _send = new(socket, options.SocketSenderCapacity, options.SendTimeout);
    private readonly ConcurrentDictionary<string, SocketOperation> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closed = new();
#pragma warning restore CA1001
    private SocketCaller? _caller;
    private int _initReceived;

    public async Task RunAsync()
    {
        var writer = _send.RunAsync(CancellationToken.None);
        // Once our close frame is out, a client that never answers it is not waited for long.
        _ = writer.ContinueWith(_ => CancelSoon(), TaskScheduler.Default);
        _ = CloseWhenAsync(options.ConnectionInitWaitTimeout, () => Volatile.Read(ref _initReceived) == 0,
            CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        try
        {
            await ReceiveAsync();
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client went away without a close frame.
        }
        catch (Exception e)
        {
            logger.LogError(e, "GraphQL WebSocket failed");
            _send.Close(CloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            _send.Close(CloseCodes.Normal, "");
            await _closed.CancelAsync();
            foreach (var operation in _operations.Values)
            {
                operation.Dispose();
            }

            await writer;
            _closed.Dispose();
        }
    }

    private void CancelSoon()
    {
        try
        {
            _closed.CancelAfter(TimeSpan.FromSeconds(2));
        }
        catch (ObjectDisposedException)
        {
            // The session already ended.
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4 * 1024);
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var frame = await socket.ReceiveAsync(buffer.AsMemory(), _closed.Token);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (_send.IsClosing)
                {
                    // Closing: what the client still sends is not read any more.
                    continue;
                }

                if (frame.MessageType == WebSocketMessageType.Binary || message.Length + frame.Count > limits.MaxBodyBytes)
                {
                    _send.Close(CloseCodes.BadRequest, frame.MessageType == WebSocketMessageType.Binary ? "Messages are JSON text" : "Message too large");
                    continue;
                }

                message.Write(buffer, 0, frame.Count);
                if (frame.EndOfMessage)
                {
                    Handle(message.GetBuffer().AsSpan(0, (int)message.Length));
                    message.SetLength(0);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Handle(ReadOnlySpan<byte> utf8)
    {
        var (message, problem) = ClientMessage.Parse(utf8);
        if (message is null)
        {
            _send.Close(CloseCodes.BadRequest, problem!);
            return;
        }

        switch (message.Type)
        {
            case ClientMessage.ConnectionInit:
                _ = InitialiseAsync(message);
                break;
            case ClientMessage.Ping:
                _send.TryEnqueue(ServerMessages.Pong());
                break;
            case ClientMessage.Pong:
                break;
            case ClientMessage.Subscribe:
                Subscribe(message);
                break;
            case ClientMessage.Complete:
                if (_operations.TryRemove(message.Id!, out var operation))
                {
                    operation.Dispose();
                }

                break;
        }
    }

    private async Task InitialiseAsync(ClientMessage message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            _send.Close(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        var caller = await SocketCaller.AuthenticateAsync(message.Authorization(), http.RequestServices, http.TraceIdentifier);
        if (caller is null || caller.ExpiresAt <= time.GetUtcNow().UtcDateTime)
        {
            _send.Close(CloseCodes.Forbidden, "Forbidden: send a valid bearer token as payload.authorization");
            return;
        }

        _caller = caller;
        _send.TryEnqueue(ServerMessages.ConnectionAck());
        _ = CloseWhenAsync(caller.ExpiresAt - time.GetUtcNow().UtcDateTime, () => true, CloseCodes.Forbidden, "Forbidden: the token expired");
    }

    private void Subscribe(ClientMessage message)
    {
        var id = message.Id!;
        if (Volatile.Read(ref _caller) is not { } caller)
        {
            _send.Close(CloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (_operations.Count >= options.MaxOperations && !_operations.ContainsKey(id))
        {
            _send.TryEnqueue(ServerMessages.Error(id, ServerMessages.Errors(ApiErrorCodes.Throttled,
                $"At most {options.MaxOperations} operations run at once on one socket.")));
            return;
        }

        var operation = new SocketOperation(id, caller, _send, http.RequestServices, finished => _operations.TryRemove(finished, out _), _closed.Token);
        if (!_operations.TryAdd(id, operation))
        {
            _send.Close(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        _ = RunOperationAsync(operation, message);
    }

    private async Task RunOperationAsync(SocketOperation operation, ClientMessage message)
    {
        try
        {
            await Task.Yield();
            await operation.RunAsync(message.Payload!.Value, limits);
        }
        catch (Exception e)
        {
            logger.LogError(e, "GraphQL WebSocket operation {Id} failed", operation.Id);
            _send.Close(CloseCodes.InternalServerError, "Internal server error");
        }
    }

    private async Task CloseWhenAsync(TimeSpan after, Func<bool> stillDue, int code, string reason)
    {
        try
        {
            await Task.Delay(after > TimeSpan.Zero ? after : TimeSpan.Zero, time, _closed.Token);
            if (stillDue())
            {
                _send.Close(code, reason);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
