using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.GraphQL.Subscriptions;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Changes;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Testing.Api;

namespace Panelist.Api.Tests.WebSockets;

/// <summary>
/// A change heard by many subscribers is loaded once per audience (field, role, organization,
/// interviewer), not once per subscriber: the fan-out benchmark broke at 10,000 subscribers on one
/// query each.
/// </summary>
public sealed class SharedRowLoadTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    [Fact]
    public async Task Subscribers_who_see_the_row_alike_share_one_load_and_each_still_gets_the_event()
    {
        var world = await worlds.For(Panelist.Domain.Persistence.DatabaseProvider.Sqlite);
        var interview = await world.ReadAsync(world.Acme, db => db.Interviews
            .Where(i => i.Status == InterviewStatus.Requested || i.Status == InterviewStatus.Scheduled).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());
        var loads = world.Api.Services.GetRequiredService<SharedRowLoads>();
        var bus = world.Api.Services.GetRequiredService<ChangeBus>();
        var sockets = new List<GraphQLSocket>();
        foreach (var role in new[] { Role.Recruiter, Role.Recruiter, Role.Recruiter, Role.Analyst })
        {
            var socket = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(role, world.Acme));
            await socket.SubscribeAsync("s", "subscription { interviewUpdated { id } }");
            sockets.Add(socket);
        }

        for (var i = 0; i < 100 && bus.ListenerCount < sockets.Count; i++)
        {
            await Task.Delay(50);
        }

        var before = loads.LoadsRun;
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        var corrected = await recruiter.PostAsync("mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { errors { code } } }", new
        {
            input = new { interviewId = SeededWorld.Id("Interview", interview), candidate = new { name = "Shared Load", email = "shared@example.com" } },
        });
        Assert.Empty(corrected.PayloadErrors("updateCandidate"));

        foreach (var socket in sockets)
        {
            var next = await socket.ReceiveForAsync("s");
            Assert.Equal(SeededWorld.Id("Interview", interview),
                next?.GetProperty("payload").GetProperty("data").GetProperty("interviewUpdated").GetProperty("id").GetString());
            await socket.DisposeAsync();
        }

        // Three recruiters are one audience, the analyst another.
        Assert.Equal(2, loads.LoadsRun - before);
    }
}
