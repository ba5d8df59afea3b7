using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Panelist.Api.Auth;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Replicas;

/// <summary>On PostgreSQL a client's request window is held in the database, so replicas share it instead of each allowing the full rate.</summary>
public sealed class SharedRateLimitTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string Viewer = """{"query":"{ viewer { role } }"}""";

    [PostgresFact]
    public async Task Two_API_processes_on_one_PostgreSQL_admit_a_clients_limit_once_between_them()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        // A day-long window (aligned to the epoch, so it ends at midnight UTC); slices of 5 out of 20. A run that
        // would straddle midnight waits for it, so the 20 permits all belong to one window.
        var untilMidnight = TimeUntilWindowEnds(TimeSpan.FromDays(1));
        if (untilMidnight < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(untilMidnight + TimeSpan.FromSeconds(1));
        }

        (string, string)[] settings =
        [
            ("Auth:SigningKey", PanelistApiFactory.TestSigningKey), ("Limits:RequestsPerWindow", "20"), ("Limits:RateLimitSlice", "5"),
            ("Limits:Window", "1.00:00:00"),
        ];
        await using var first = await ApiProcess.StartAsync(database, settings);
        await using var second = await ApiProcess.StartAsync(database, settings);
        var token = new TokenIssuer(Options.Create(new AuthOptions { SigningKey = PanelistApiFactory.TestSigningKey }), TimeProvider.System)
            .Issue("shared-limit-test", Role.Recruiter, Guid.CreateVersion7(), "acme", null);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var answers = new List<(int Replica, HttpResponseMessage Response)>();
        for (var i = 0; i < 60; i++)
        {
            var replica = i % 2 == 0 ? first : second;
            answers.Add((i % 2, await http.PostAsync(new Uri(replica.Address, "/graphql"), new StringContent(Viewer, Encoding.UTF8, "application/json"))));
        }

        try
        {
            // Alternating requests use each leased slice up, so the shared budget is admitted exactly: 20, not 2 × 20.
            Assert.Equal(20, answers.Count(a => a.Response.StatusCode == HttpStatusCode.OK));
            var refused = answers.Where(a => a.Response.StatusCode != HttpStatusCode.OK).ToList();
            Assert.All(refused, a => Assert.Equal(HttpStatusCode.TooManyRequests, a.Response.StatusCode));
            Assert.Equal([0, 1], refused.Select(a => a.Replica).Distinct().Order());
            // Retry-After is the shared window's rest, not a replica's one-second fallback.
            var expected = TimeUntilWindowEnds(TimeSpan.FromDays(1));
            Assert.All(refused, a => Assert.InRange(a.Response.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, expected - TimeSpan.FromSeconds(30), expected + TimeSpan.FromSeconds(2)));
            Assert.Equal(["THROTTLED"], Codes(await refused[^1].Response.Content.ReadAsStringAsync()));
        }
        finally
        {
            answers.ForEach(a => a.Response.Dispose());
        }
    }

    [PostgresFact]
    public async Task On_PostgreSQL_the_fourth_request_over_three_is_429_THROTTLED_and_a_subscribe_draws_on_the_same_window()
    {
        var world = await worlds.For(DatabaseProvider.Postgres);
        await using var api = new PanelistApiFactory(world.Database, ("Limits:RequestsPerWindow", "3"));
        using var client = api.ClientAs(Role.Recruiter, world.Acme);
        var token = api.TokenFor(Role.Recruiter, world.Acme);

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add((await client.PostAsync("{ viewer { role } }")).Status);
        }

        using var fourth = await client.Http.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent(Viewer, Encoding.UTF8, "application/json"));
        await using var socket = await GraphQLSocket.ConnectAsAsync(api, token);
        await socket.SubscribeAsync("s", "subscription { interviewUpdated { id } }");
        var error = await socket.ReceiveForAsync("s");

        Assert.All(allowed, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.True(fourth.Headers.RetryAfter?.Delta > TimeSpan.Zero, fourth.Headers.ToString());
        Assert.Equal(["THROTTLED"], Codes(await fourth.Content.ReadAsStringAsync()));
        Assert.Equal("error", error?.GetProperty("type").GetString());
        Assert.Equal("THROTTLED", error?.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static List<string> Codes(string body) =>
        [.. JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)];

    private static TimeSpan TimeUntilWindowEnds(TimeSpan window)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var length = (long)window.TotalMilliseconds;
        return TimeSpan.FromMilliseconds(length - now % length);
    }
}
