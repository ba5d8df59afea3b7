using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.GraphQL.Subscriptions;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.WebSockets;

/// <summary>
/// Issue 7: <c>metricsUpdated</c> sends the current snapshot, then a new one after a change in scope that
/// equals what the <c>metrics</c> query answers; subscribers to one scope share one computation.
/// </summary>
public sealed class MetricsSubscriptionTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string Selection = "interviewsRequested interviewsByStatus { status count } costs { currency committed } passRate { numerator denominator }";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_change_in_scope_sends_a_snapshot_equal_to_the_metrics_query(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var engagement = await world.ReadAsync(world.Acme, db => db.Engagements.Where(e => e.Status == EngagementStatus.Active).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        var scope = new { engagement = SeededWorld.Id("Engagement", engagement) };
        await using var socket = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(Role.Analyst, world.Acme));
        await socket.SubscribeAsync("m", $"subscription($scope: MetricsScopeInput!) {{ metricsUpdated(scope: $scope) {{ {Selection} }} }}", new { scope });

        var first = Snapshot(await socket.ReceiveForAsync("m"));
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        var requested = await recruiter.PostAsync("""
            mutation($e: ID!) { requestInterview(input: { engagementId: $e, candidate: { name: "Live Metrics", email: "live.metrics@example.com" } }) { errors { code } } }
            """, new { e = scope.engagement });
        Assert.Empty(requested.PayloadErrors("requestInterview"));
        var next = Snapshot(await socket.ReceiveForAsync("m", TimeSpan.FromSeconds(2)));
        using var analyst = world.As(Role.Analyst, world.Acme);
        var query = await analyst.PostAsync($"query($scope: MetricsScopeInput!) {{ metrics(scope: $scope) {{ {Selection} }} }}", new { scope });

        Assert.Equal(first.GetProperty("interviewsRequested").GetInt32() + 1, next.GetProperty("interviewsRequested").GetInt32());
        Assert.Equal(query.Data.GetProperty("metrics").GetRawText(), next.GetRawText());
    }

    [Fact]
    public async Task Subscribers_to_one_scope_share_one_computation_and_another_scope_gets_its_own()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        var streams = world.Api.Services.GetRequiredService<SharedStreams>();
        var before = streams.Count;
        const string Document = "subscription($scope: MetricsScopeInput!) { metricsUpdated(scope: $scope) { interviewsRequested } }";
        await using var one = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(Role.Analyst, world.Acme));
        await using var two = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(Role.ClientAdmin, world.Acme));
        await using var other = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(Role.Analyst, world.Globex));
        var scope = new { from = "2026-06-01T00:00:00Z", to = "2026-12-01T00:00:00Z" };

        await one.SubscribeAsync("a", Document, new { scope });
        await two.SubscribeAsync("b", Document, new { scope });
        await other.SubscribeAsync("c", Document, new { scope });
        var a = Snapshot(await one.ReceiveForAsync("a"));
        var b = Snapshot(await two.ReceiveForAsync("b"));
        Snapshot(await other.ReceiveForAsync("c"));

        Assert.Equal(a.GetRawText(), b.GetRawText());
        Assert.Equal(before + 2, streams.Count);
    }

    [Fact]
    public async Task An_interviewer_may_not_subscribe_to_metrics()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        var interviewer = await world.ReadAsync(world.Acme, db => db.Interviews.Where(i => i.InterviewerId != null).Select(i => i.InterviewerId!.Value).FirstAsync());
        await using var socket = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(Role.Interviewer, null, interviewer));

        await socket.SubscribeAsync("m", "subscription { metricsUpdated(scope: {}) { interviewsRequested } }");

        var answer = await socket.ReceiveForAsync("m");
        Assert.Equal("error", answer?.GetProperty("type").GetString());
        Assert.Contains("FORBIDDEN", answer!.Value.GetRawText(), StringComparison.Ordinal);
    }

    private static JsonElement Snapshot(JsonElement? message)
    {
        Assert.Equal("next", message?.GetProperty("type").GetString());
        return message!.Value.GetProperty("payload").GetProperty("data").GetProperty("metricsUpdated");
    }
}
