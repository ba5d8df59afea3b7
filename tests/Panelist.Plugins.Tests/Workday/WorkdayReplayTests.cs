using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Workday;

/// <summary>Workday has no idempotency key: a Put_Interview that landed but was never recorded must be found by our marker, not repeated.</summary>
public sealed class WorkdayReplayTests
{
    private static readonly System.Xml.Linq.XNamespace Wd = "urn:com.workday/bsvc";

    // Wider than the shared 1 s / 2 s: on a loaded CI machine (three test projects on two cores) an ordinary token
    // or Get_Interviews call once took over 1 s, so the attempt failed before its Put and nothing was created.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan SlowPut = TimeSpan.FromSeconds(5);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_replay_after_a_ghost_put_or_a_lost_store_finds_the_interview_by_its_marker_and_creates_nothing_new(DatabaseProvider provider)
    {
        using var workday = new FakeWorkday { SlowNextPut = true, SlowAnswer = SlowPut };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, requestTimeout: RequestTimeout);
        var world = await WorkdayWorld.CreateAsync(database, host, WorkdayWorld.Settings(workday), WorkdayWorld.Secrets());

        // Workday commits the interview but answers after the request timeout: the attempt ends as RetryLater with nothing stored.
        var interviewId = await world.RaiseAsync(1, IntegrationEventType.InterviewScheduled);
        await world.DrainAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, workday.Created);
        var delivery = Assert.Single(await world.DeliveriesAsync());
        Assert.True((delivery.Status, delivery.Attempts) == (DeliveryStatus.Delivered, 2), $"{delivery.Status} after {delivery.Attempts}: {delivery.LastError}");
        Assert.Equal("INT-EVT-1", delivery.ExternalId);
        Assert.Equal(["Get_Interviews", "Put_Interview", "Get_Interviews", "Put_Interview"], workday.Calls.Select(c => c.Operation));
        Assert.NotNull(workday.Calls.Last().Request.Element(Wd + "Interview_Data")!.Element(Wd + "Interview_Event_Reference"));

        // The host crashed after Workday answered, before the WID was stored: the replayed schedule finds the interview again.
        await using (var scope = database.AsSystem(world.OrganizationId))
        {
            scope.Db.ConnectorState.RemoveRange(await scope.Db.ConnectorState.Where(s => s.Key.StartsWith("interview:")).ToListAsync());
            await scope.Db.SaveChangesAsync();
        }

        await world.ReplayAsync(interviewId, 1, IntegrationEventType.InterviewScheduled);
        await world.DrainAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, workday.Created);
        Assert.Single(workday.Interviews);
        Assert.All(await world.DeliveriesAsync(), d => Assert.Equal((DeliveryStatus.Delivered, "INT-EVT-1"), (d.Status, d.ExternalId)));
        Assert.Contains($"interview:{interviewId:N}", await world.StateKeysAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task With_the_lookup_turned_off_a_ghost_put_is_created_again(DatabaseProvider provider)
    {
        using var workday = new FakeWorkday { SlowNextPut = true, SlowAnswer = SlowPut };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, requestTimeout: RequestTimeout);
        var settings = WorkdayWorld.Settings(workday);
        settings["duplicateLookup"] = "off";
        var world = await WorkdayWorld.CreateAsync(database, host, settings, WorkdayWorld.Secrets());

        await world.RaiseAsync(1, IntegrationEventType.InterviewScheduled);
        await world.DrainAsync(TimeSpan.FromSeconds(30));

        // What the connector did before the lookup existed, and still does for a tenant that refuses its criteria.
        var delivery = Assert.Single(await world.DeliveriesAsync());
        Assert.True(workday.Created == 2, $"created {workday.Created}; calls {string.Join(", ", workday.Calls.Select(c => c.Operation))}; {delivery.Status} after {delivery.Attempts}: {delivery.LastError}");
        Assert.Equal(["Put_Interview", "Put_Interview"], workday.Calls.Select(c => c.Operation));
    }
}
