using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Sdk.Events;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Plugins.Tests.Greenhouse;
using Panelist.Plugins.Tests.Lever;
using Panelist.Plugins.Tests.Support;
using Panelist.Plugins.Tests.Workday;
using Panelist.Testing;
using Panelist.Testing.Databases;
using Snapshooter.Xunit;
using IntegrationEvent = Panelist.Plugins.Sdk.Events.IntegrationEvent;

namespace Panelist.Plugins.Tests.Snapshots;

/// <summary>
/// The exact requests each event becomes at each vendor, through the built plugins on the real host, checked against
/// the snapshots in __snapshots__ (one per vendor and event, named vendor-event). A changed request is a changed
/// contract with the vendor: review the diff, then update the snapshot on purpose.
/// </summary>
public sealed class VendorRequestSnapshotTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Greenhouse_requests_of_every_event_match_their_snapshots(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse);
        var interviewer = await Interviewers.AddAsync(database, $"gh-snap-{provider}");
        await world.MapAsync(interviewer, "4711");
        var interview = Guid.CreateVersion7();
        var requests = new VendorRequests();

        foreach (var (name, integrationEvent) in new (string, IntegrationEvent)[]
                 {
                     ("interview-scheduled", world.Scheduled(interview, interviewer)),
                     ("interview-rescheduled", world.Rescheduled(interview, interviewer, TimeSpan.FromDays(1))),
                     ("scorecard-submitted", GreenhouseScorecardTests.Submitted(world, interview)),
                     ("interview-cancelled", world.Cancelled(interview)),
                 })
        {
            await world.RaiseAsync(integrationEvent);
            await world.DrainAsync();
            Snapshot.Match(requests.Since(greenhouse.Requests), $"greenhouse-{name}");
        }

        Assert.All(await world.Deliveries.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Lever_requests_of_every_event_match_their_snapshots(DatabaseProvider provider)
    {
        using var lever = new FakeLever();
        LeverWorld.Seed(lever);
        lever.Users.Add("user-ada");
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await LeverWorld.CreateAsync(database, host, LeverWorld.Settings(lever), new() { ["apiKey"] = FakeLever.ApiKey });
        var ada = await Interviewers.AddAsync(database, $"lv-snap-{provider}");
        await using (var scope = database.AsSystem(world.OrganizationId))
        {
            (await scope.Get<InterviewerMappingService>().MapAsync(world.InstallationId, ada, "user-ada")).Unwrap();
        }

        world.InterviewerId = ada;
        var (interview, scorecard) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var requests = new VendorRequests();

        foreach (var (name, integrationEvent) in new (string, IntegrationEvent)[]
                 {
                     ("interview-scheduled", world.Scheduled(interview, Start)),
                     ("interview-rescheduled", world.Rescheduled(interview, Start.AddDays(1), Start)),
                     ("scorecard-submitted", world.Submitted(interview, scorecard)),
                     ("scorecard-amended", world.Amended(interview, scorecard)),
                     ("interview-cancelled", world.Cancelled(interview)),
                 })
        {
            await world.RaiseAsync(integrationEvent);
            await world.DrainAsync(TimeSpan.FromSeconds(30));
            Snapshot.Match(requests.Since(lever.Requests), $"lever-{name}");
        }

        Assert.All(await world.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Workday_requests_of_every_event_match_their_snapshots(DatabaseProvider provider)
    {
        using var workday = new FakeWorkday();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await WorkdayWorld.CreateAsync(database, host, WorkdayWorld.Settings(workday), WorkdayWorld.Secrets());
        world.Start = Start;
        var interview = Guid.CreateVersion7();
        var requests = new VendorRequests();

        foreach (var (name, raise) in new (string, Func<Task>)[]
                 {
                     ("interview-scheduled", () => world.ReplayAsync(interview, 1, IntegrationEventType.InterviewScheduled)),
                     ("interview-rescheduled", () => world.ReplayAsync(interview, 1, IntegrationEventType.InterviewRescheduled)),
                     ("scorecard-submitted", () => world.RaiseScorecardAsync(interview, 1, Recommendation.Yes)),
                     ("interview-cancelled", () => world.ReplayAsync(interview, 1, IntegrationEventType.InterviewCancelled)),
                 })
        {
            await raise();
            await world.DrainAsync(TimeSpan.FromSeconds(20));
            Snapshot.Match(requests.Since(workday.Requests), $"workday-{name}");
        }

        Assert.All(await world.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
    }
}
