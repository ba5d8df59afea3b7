using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Panelist.Api.Auth;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Seeding;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.WebSockets;

/// <summary>Two API processes on one PostgreSQL: a subscriber on one replica hears a mutation made through the other.</summary>
public sealed class TwoReplicaTests
{
    [PostgresFact]
    public async Task A_subscriber_on_one_replica_receives_a_mutation_made_through_the_other()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await new DemoDataGenerator(database.Options, database.Keys, SeededWorld.Small with { Interviews = 20 }, NullLogger.Instance).GenerateAsync(default);
        Guid acme, interview;
        await using (var scope = database.AsSystem(Organization.PlatformId))
        {
            acme = await scope.Db.Organizations.Where(o => o.Slug == "acme").Select(o => o.Id).SingleAsync();
        }

        await using (var scope = database.AsSystem(acme))
        {
            interview = await scope.Db.Interviews.Where(i => i.Status == InterviewStatus.Requested || i.Status == InterviewStatus.Scheduled)
                .Select(i => i.Id).FirstAsync();
        }

        var tokens = new TokenIssuer(Options.Create(new AuthOptions { SigningKey = PanelistApiFactory.TestSigningKey }), TimeProvider.System);
        var token = tokens.Issue("replica-test", Role.Recruiter, acme, "acme", null);
        await using var first = await ApiProcess.StartAsync(database, ("Auth:SigningKey", PanelistApiFactory.TestSigningKey));
        await using var second = await ApiProcess.StartAsync(database, ("Auth:SigningKey", PanelistApiFactory.TestSigningKey));
        await using var socket = await GraphQLSocket.ConnectAsync(first.WebSocketAddress, token);
        await socket.SubscribeAsync("s", "subscription { interviewUpdated { id candidate { name } } }");
        // Nothing in the protocol acknowledges a subscribe; a query behind it on the same socket runs after it registered.
        await socket.SubscribeAsync("q", "{ viewer { role } }");
        Assert.Equal("next", (await socket.ReceiveForAsync("q"))?.GetProperty("type").GetString());
        await Task.Delay(300);

        using var http = new HttpClient { BaseAddress = second.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.PostAsJsonAsync("/graphql", new
        {
            query = "mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { errors { code } } }",
            variables = new { input = new { interviewId = SeededWorld.Id("Interview", interview), candidate = new { name = "Radia Perlman", email = "rp@example.com" } } },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var next = await socket.ReceiveForAsync("s", TimeSpan.FromSeconds(5));
        var updated = next?.GetProperty("payload").GetProperty("data").GetProperty("interviewUpdated");
        Assert.Equal(SeededWorld.Id("Interview", interview), updated?.GetProperty("id").GetString());
        Assert.Equal("Radia Perlman", updated?.GetProperty("candidate").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Object, next?.GetProperty("payload").ValueKind);
    }
}
