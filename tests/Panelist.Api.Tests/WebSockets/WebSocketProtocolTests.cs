using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;

namespace Panelist.Api.Tests.WebSockets;

/// <summary>
/// The <c>graphql-transport-ws</c> handshake, messages and every close code, over a real WebSocket to
/// the test server. The seeded world is only read.
/// </summary>
public sealed class WebSocketProtocolTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private async Task<(SeededWorld World, string Token)> RecruiterAsync()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        return (world, world.Api.TokenFor(Role.Recruiter, world.Acme));
    }

    [Fact]
    public async Task Connection_init_with_a_valid_token_is_acknowledged_and_ping_gets_pong()
    {
        var (world, token) = await RecruiterAsync();
        await using var socket = await GraphQLSocket.ConnectAsAsync(world.Api, token);

        await socket.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await socket.ReceiveAsync())?.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_query_answers_with_next_then_complete()
    {
        var (world, token) = await RecruiterAsync();
        await using var socket = await GraphQLSocket.ConnectAsAsync(world.Api, token);

        await socket.SubscribeAsync("q1", "{ viewer { role } }");

        var next = await socket.ReceiveForAsync("q1");
        Assert.Equal("next", next?.GetProperty("type").GetString());
        Assert.Equal("RECRUITER", next?.GetProperty("payload").GetProperty("data").GetProperty("viewer").GetProperty("role").GetString());
        Assert.Equal("complete", (await socket.ReceiveForAsync("q1"))?.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_mutation_runs_over_the_socket_with_its_payload_errors()
    {
        var (world, token) = await RecruiterAsync();
        await using var socket = await GraphQLSocket.ConnectAsAsync(world.Api, token);

        // A recruiter may not create skills (platform only): the refusal comes back as the payload's error.
        await socket.SubscribeAsync("m1", """mutation { createSkill(input: { slug: "ws", name: "Ws", category: "x" }) { errors { code } } }""");

        var next = await socket.ReceiveForAsync("m1");
        Assert.Equal("next", next?.GetProperty("type").GetString());
        Assert.Equal("FORBIDDEN", next?.GetProperty("payload").GetProperty("data").GetProperty("createSkill").GetProperty("errors")[0]
            .GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_invalid_document_answers_with_error_and_the_socket_stays_open()
    {
        var (world, token) = await RecruiterAsync();
        await using var socket = await GraphQLSocket.ConnectAsAsync(world.Api, token);

        await socket.SubscribeAsync("bad", "{ noSuchField }");

        var error = await socket.ReceiveForAsync("bad");
        Assert.Equal("error", error?.GetProperty("type").GetString());
        Assert.True(error?.GetProperty("payload").GetArrayLength() > 0);
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await socket.ReceiveAsync())?.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_document_over_the_depth_limit_is_refused_as_over_HTTP()
    {
        var (world, token) = await RecruiterAsync();
        await using var socket = await GraphQLSocket.ConnectAsAsync(world.Api, token);
        var deep = "{ interviews(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("engagement { interviews(first: 1) { nodes { ", 5))
            + "id" + string.Concat(Enumerable.Repeat(" } } }", 5)) + " } } }";
        await socket.SubscribeAsync("deep", deep);

        var error = await socket.ReceiveForAsync("deep");
        Assert.Equal("error", error?.GetProperty("type").GetString());
        Assert.Equal("MAX_DEPTH_EXCEEDED", error?.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"no_such_type"}""")]
    [InlineData("""{"id":1,"type":"subscribe","payload":{"query":"{ viewer { role } }"}}""")]
    [InlineData("""{"type":"connection_init","payload":"text"}""")]
    public async Task A_malformed_message_closes_with_4400(string message)
    {
        var (world, _) = await RecruiterAsync();
        await using var socket = await GraphQLSocket.ConnectAsync(world.Api);

        await socket.SendTextAsync(message);

        Assert.Equal(4400, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task Subscribe_before_the_ack_closes_with_4401()
    {
        var (world, _) = await RecruiterAsync();
        await using var socket = await GraphQLSocket.ConnectAsync(world.Api);

        await socket.SubscribeAsync("early", "{ viewer { role } }");

        Assert.Equal(4401, await socket.ClosedWithAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-token")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Connection_init_without_a_valid_token_closes_with_4403(string? authorization)
    {
        var (world, _) = await RecruiterAsync();
        await using var socket = await GraphQLSocket.ConnectAsync(world.Api);

        await socket.SendAsync(new { type = "connection_init", payload = new { authorization } });

        Assert.Equal(4403, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task A_token_that_expires_while_connected_closes_with_4403()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        // JWT expiry has whole seconds: a 4 s token lives at least 3 s, so the socket is still open after 1 s.
        await using var api = new PanelistApiFactory(world.Database, ("Auth:DevTokenLifetime", "00:00:04"));
        await using var socket = await GraphQLSocket.ConnectAsAsync(api, api.TokenFor(Role.Recruiter, world.Acme));

        Assert.Null(await socket.ClosedWithAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(4403, await socket.ClosedWithAsync(TimeSpan.FromSeconds(15)));
        Assert.Contains("expired", socket.CloseReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task No_connection_init_within_the_wait_timeout_closes_with_4408()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        await using var api = new PanelistApiFactory(world.Database, ("WebSockets:ConnectionInitWaitTimeout", "00:00:00.300"));
        await using var socket = await GraphQLSocket.ConnectAsync(api);

        Assert.Equal(4408, await socket.ClosedWithAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_second_subscribe_with_a_running_id_closes_with_4409()
    {
        var (world, token) = await RecruiterAsync();
        await using var socket = await GraphQLSocket.ConnectAsAsync(world.Api, token);

        await socket.SubscribeAsync("same", "subscription { interviewUpdated { id } }");
        await socket.SubscribeAsync("same", "subscription { interviewUpdated { id } }");

        Assert.Equal(4409, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        var (world, token) = await RecruiterAsync();
        await using var socket = await GraphQLSocket.ConnectAsAsync(world.Api, token);

        await socket.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer " + token } });

        Assert.Equal(4429, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task An_unexpected_failure_closes_with_4500()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        await using var api = new PanelistApiFactory(world.Database)
        {
            TestServices = s => s.AddSingleton<IDocumentExecuter<ISchema>, ThrowingExecuter>(),
        };
        await using var socket = await GraphQLSocket.ConnectAsAsync(api, api.TokenFor(Role.Recruiter, world.Acme));

        await socket.SubscribeAsync("boom", "{ viewer { role } }");

        Assert.Equal(4500, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task A_socket_without_the_graphql_transport_ws_subprotocol_closes_with_4406()
    {
        var (world, _) = await RecruiterAsync();
        await using var socket = await GraphQLSocket.ConnectAsync(world.Api, subprotocol: null);

        Assert.Equal(4406, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task A_client_that_does_not_read_is_closed_with_1013_when_its_send_queue_is_full()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        await using var api = new PanelistApiFactory(world.Database, ("WebSockets:SendQueueCapacity", "1"));
        await using var socket = await GraphQLSocket.ConnectAsAsync(api, api.TokenFor(Role.Recruiter, world.Acme));

        // Every ping queues a pong; a burst the client never reads outruns the writer and the one-message queue overflows.
        try
        {
            for (var i = 0; i < 5000; i++)
            {
                await socket.SendTextAsync("""{"type":"ping"}""");
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or System.Net.WebSockets.WebSocketException)
        {
            // The server closed the socket while the burst was still going out: what the test wants to see.
        }

        Assert.Equal(1013, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task A_subscription_over_HTTP_is_refused()
    {
        var (world, _) = await RecruiterAsync();
        using var recruiter = world.As(Role.Recruiter, world.Acme);

        var response = await recruiter.PostAsync("subscription { interviewUpdated { id } }");

        Assert.Contains("SUBSCRIPTION_NEEDS_WEBSOCKET", response.ErrorCodes);
    }

    private sealed class ThrowingExecuter : IDocumentExecuter<ISchema>
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options) => throw new InvalidOperationException("Deliberate failure for the test.");
    }
}
