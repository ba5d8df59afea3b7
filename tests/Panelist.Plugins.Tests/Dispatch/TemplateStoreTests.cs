using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Tests.Support;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Dispatch;

/// <summary>The template as vendors copy it, on a real host and database: it remembers the ATS's record per interview and names interviewers only as mapped.</summary>
public sealed class TemplateStoreTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_template_creates_one_record_per_interview_and_updates_it_with_the_later_events(DatabaseProvider provider)
    {
        using var ats = new FakeAts(failureRate: 0, slowResponse: TimeSpan.Zero);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await DeliveryWorld.CreateAsync(database, host, ats.BaseUrl);
        var interview = Assert.Single(await world.RaiseAsync(1, IntegrationEventType.InterviewScheduled, IntegrationEventType.InterviewRescheduled));
        await world.DrainAsync(TimeSpan.FromSeconds(20));
        await using (var scope = database.AsSystem(world.OrganizationId))
        {
            Assert.Equal(1, await scope.Db.ConnectorState.CountAsync());
        }

        await world.RaiseAsync(1, IntegrationEventType.InterviewScheduled);
        await world.DrainAsync(TimeSpan.FromSeconds(20));

        var received = ats.Stored.Values.OrderBy(e => e.Sequence).ToList();
        Assert.Equal([(IntegrationEventType.InterviewScheduled, null), (IntegrationEventType.InterviewRescheduled, "ext-1"), (IntegrationEventType.InterviewScheduled, null)],
            received.Select(e => (e.Type, e.Updated)));
        Assert.Equal(interview, received[1].InterviewId);
        Assert.Equal(["ext-1", "ext-1", "ext-3"], (await world.DeliveriesAsync()).Select(d => d.ExternalId));
        await using var check = database.AsSystem(world.OrganizationId);
        Assert.Equal(2, await check.Db.ConnectorState.CountAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_template_forgets_an_interviews_record_once_it_is_cancelled(DatabaseProvider provider)
    {
        using var ats = new FakeAts(failureRate: 0, slowResponse: TimeSpan.Zero);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await DeliveryWorld.CreateAsync(database, host, ats.BaseUrl);
        await world.RaiseAsync(1, IntegrationEventType.InterviewScheduled, IntegrationEventType.InterviewCancelled);

        await world.DrainAsync(TimeSpan.FromSeconds(20));

        Assert.Equal([null, "ext-1"], ats.Stored.Values.OrderBy(e => e.Sequence).Select(e => e.Updated));
        await using var check = database.AsSystem(world.OrganizationId);
        Assert.False(await check.Db.ConnectorState.AnyAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_template_sends_the_mapped_vendor_user_or_the_relay_address_and_never_an_email(DatabaseProvider provider)
    {
        using var ats = new FakeAts(failureRate: 0, slowResponse: TimeSpan.Zero);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await DeliveryWorld.CreateAsync(database, host, ats.BaseUrl);
        var mapped = await Interviewers.AddAsync(database, $"mapped-{provider}");
        var unmapped = await Interviewers.AddAsync(database, $"unmapped-{provider}");
        await using (var scope = database.AsSystem(world.OrganizationId))
        {
            var mappings = scope.Get<InterviewerMappingService>();
            (await mappings.MapAsync(world.InstallationId, mapped, "gh-user-4711")).Unwrap();
        }

        world.InterviewerId = mapped;
        await world.RaiseAsync(1, IntegrationEventType.InterviewScheduled);
        await world.DrainAsync(TimeSpan.FromSeconds(20));
        await using (var scope = database.AsSystem(world.OrganizationId))
        {
            (await scope.Get<InterviewerMappingService>().SetRelayAddressPatternAsync(world.InstallationId, "interviewer-{interviewerId}@relay.example.com")).Unwrap();
        }

        world.InterviewerId = unmapped;
        await world.RaiseAsync(1, IntegrationEventType.InterviewScheduled);
        await world.DrainAsync(TimeSpan.FromSeconds(20));

        var bodies = ats.Stored.Values.OrderBy(e => e.Sequence).Select(e => e.Body).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.Equal("gh-user-4711", bodies[0].GetProperty("interviewerUserId").GetString());
        Assert.False(bodies[0].TryGetProperty("interviewerEmail", out _));
        Assert.Equal($"interviewer-{unmapped:D}@relay.example.com", bodies[1].GetProperty("interviewerEmail").GetString());
        Assert.False(bodies[1].TryGetProperty("interviewerUserId", out _));
        Assert.All(bodies, b => Assert.DoesNotContain("private@interviewers.example.com", b.GetRawText(), StringComparison.OrdinalIgnoreCase));
    }
}
