using System.Net.WebSockets;
using System.Threading.Channels;

namespace Panelist.Api.GraphQL.WebSockets;

/// <summary>
/// The one writer of a socket. Operations enqueue without waiting; a full queue means the client reads
/// too slowly, and the socket is closed (1013) instead of letting it hold memory or stall the
/// producers — the change bus and the other subscribers never wait for one client. A close requested
/// by the protocol is sent after the messages already queued (an error before its close).
/// </summary>
public sealed class SocketSender(WebSocket socket, int capacity, TimeSpan sendTimeout)
{
    private readonly Channel<byte[]> _messages = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private int _closing;
    private bool _discardPending;
    private WebSocketCloseStatus _closeStatus = WebSocketCloseStatus.NormalClosure;
    private string _closeReason = "";

    public bool IsClosing => Volatile.Read(ref _closing) == 1;

    /// <summary>Queues one message; false when the socket is closing or the client has fallen behind (then it closes).</summary>
    public bool TryEnqueue(byte[] message)
    {
        if (IsClosing)
        {
            return false;
        }

        if (_messages.Writer.TryWrite(message))
        {
            return true;
        }

        Close(CloseCodes.SlowConsumer, "Send queue full: the client reads too slowly.", discardPending: true);
        return false;
    }

    /// <summary>Asks for the close frame; the first request wins. Reasons stay under the protocol's 123 bytes.</summary>
    public void Close(int code, string reason, bool discardPending = false)
    {
        if (Interlocked.Exchange(ref _closing, 1) == 1)
        {
            return;
        }

        _closeStatus = (WebSocketCloseStatus)code;
        _closeReason = reason.Length > 100 ? reason[..100] : reason;
        _discardPending = discardPending;
        _messages.Writer.TryComplete();
    }

    /// <summary>Sends until closed; a send that exceeds the timeout aborts the socket.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var message in _messages.Reader.ReadAllAsync(ct))
            {
                if (_discardPending)
                {
                    break;
                }

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(sendTimeout);
                await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(sendTimeout);
                await socket.CloseOutputAsync(_closeStatus, _closeReason, timeout.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The client is gone or stuck; the socket is aborted and the session ends.
            socket.Abort();
        }
    }
}
