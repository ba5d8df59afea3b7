using System.Text.Json;
using System.Threading.RateLimiting;
using GraphQL;
using GraphQL.Types;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Http;
using Panelist.Api.GraphQL.Limits;
using Panelist.Api.GraphQL.Subscriptions;

namespace Panelist.Api.GraphQL.WebSockets;

/// <summary>
/// One <c>subscribe</c> of a socket: the same execution as an HTTP request (validation, depth and
/// complexity limits, timeout, field authorization, audits, the per-client rate limit), in its own DI
/// scope acting as the socket's caller. A query or mutation answers with one <c>next</c> and
/// <c>complete</c>; a subscription with a <c>next</c> per event until either side completes it; an
/// operation refused before it ran with <c>error</c>.
/// </summary>
public sealed class SocketOperation(string id, SocketCaller caller, SocketSender send, IServiceProvider socketServices, Action<string> finished,
    CancellationToken socketClosed) : IObserver<ExecutionResult>, IDisposable
{
    private readonly CancellationTokenSource _cancel = CancellationTokenSource.CreateLinkedTokenSource(socketClosed);
    private readonly IGraphQLTextSerializer _serializer = socketServices.GetRequiredService<IGraphQLTextSerializer>();
    private AsyncServiceScope? _scope;
    private IDisposable? _subscription;
    private int _done;

    public string Id => id;

    public async Task RunAsync(JsonElement payload, LimitOptions limits)
    {
        try
        {
            var (request, problem) = GraphQLRequestReader.FromJson(payload, _serializer);
            if (request is null)
            {
                Fail(ApiErrorCodes.BadRequest, problem!);
                return;
            }

            if (request.Query?.Length > limits.MaxDocumentLength)
            {
                Fail(ApiErrorCodes.DocumentTooLarge, $"The document has {request.Query!.Length} characters; the limit is {limits.MaxDocumentLength}.");
                return;
            }

            var limiter = socketServices.GetRequiredService<ClientRateLimiter>();
            using var lease = await limiter.AcquireAsync(ClientRateLimiter.KeyOf(caller.User, null), _cancel.Token);
            if (!lease.IsAcquired)
            {
                var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : limiter.Window;
                Fail(ApiErrorCodes.Throttled, $"Too many requests; retry after {Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds))} s.");
                return;
            }

            var scopes = socketServices.GetRequiredService<IServiceScopeFactory>();
            _scope = scopes.CreateScope(caller.Context);
            var result = await _scope.Value.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
            {
                UserContext = new Dictionary<string, object?> { [Subscriber.Key] = new Subscriber(scopes, caller.Context) },
                Query = request.Query,
                DocumentId = request.DocumentId,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = _scope.Value.ServiceProvider,
                User = caller.User,
                CancellationToken = _cancel.Token,
            });
            if (result.Streams is { Count: > 0 } streams)
            {
                _subscription = streams.Values.Single().Subscribe(this);
                if (Volatile.Read(ref _done) == 1)
                {
                    _subscription.Dispose();
                }

                // Each event resolves in a scope of its own (ScopedSubscriptionExecutionStrategy): this one is done.
                // (Disposing a scope twice is harmless, should Finish race with this.)
                if (_scope is { } setup)
                {
                    _scope = null;
                    await setup.DisposeAsync();
                }

                return;
            }

            if (result.Executed && result.Operation?.Operation != GraphQLParser.AST.OperationType.Subscription)
            {
                Send(ServerMessages.Next(id, _serializer.Serialize(result)));
                Finish(sendComplete: true);
            }
            else
            {
                Finish(ServerMessages.Error(id, ErrorsOf(result)));
            }
        }
        catch (OperationCanceledException) when (_cancel.IsCancellationRequested)
        {
            Finish(sendComplete: false);
        }
    }

    public void OnNext(ExecutionResult value)
    {
        if (Volatile.Read(ref _done) == 0)
        {
            Send(ServerMessages.Next(id, _serializer.Serialize(value)));
        }
    }

    public void OnError(Exception error) => Finish(ServerMessages.Error(id, ServerMessages.Errors(ApiErrorCodes.Internal, "The event stream failed.")));

    public void OnCompleted() => Finish(sendComplete: true);

    /// <summary>The client's <c>complete</c>, or the socket closing: stop without answering.</summary>
    public void Dispose() => Finish(sendComplete: false);

    private void Fail(string code, string message) => Finish(ServerMessages.Error(id, ServerMessages.Errors(code, message)));

    private string ErrorsOf(ExecutionResult result)
    {
        using var document = JsonDocument.Parse(_serializer.Serialize(result));
        return document.RootElement.TryGetProperty("errors", out var errors)
            ? errors.GetRawText()
            : ServerMessages.Errors(ApiErrorCodes.Internal, "The operation produced no result.");
    }

    private void Send(byte[] message) => send.TryEnqueue(message);

    private void Finish(byte[]? last = null, bool sendComplete = false)
    {
        if (Interlocked.Exchange(ref _done, 1) == 1)
        {
            return;
        }

        if (last is not null)
        {
            Send(last);
        }
        else if (sendComplete)
        {
            Send(ServerMessages.Complete(id));
        }

        finished(id);
        _cancel.Cancel();
        _subscription?.Dispose();
        _ = DisposeScopeLaterAsync();
    }

    /// <summary>An event may still be resolving in its own scope; the operation's scope goes once it is off the stack.</summary>
    private async Task DisposeScopeLaterAsync()
    {
        await Task.Yield();
        if (_scope is { } scope)
        {
            await scope.DisposeAsync();
        }

        _cancel.Dispose();
    }
}
