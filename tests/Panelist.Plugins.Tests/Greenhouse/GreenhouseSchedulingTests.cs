using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Plugins.Tests.Support;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Greenhouse;

/// <summary>The built Greenhouse plugin on the real host and database: interviews become Greenhouse scheduled interviews, once each.</summary>
public sealed class GreenhouseSchedulingTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_scheduled_interview_is_created_once_with_our_external_event_id_and_its_greenhouse_id_is_kept(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse);
        var interviewer = await Interviewers.AddAsync(database, $"gh-create-{provider}");
        await world.MapAsync(interviewer, "4711");
        var interviewId = Guid.CreateVersion7();

        await world.RaiseAsync(world.Scheduled(interviewId, interviewer));
        await world.DrainAsync();

        var created = Assert.Single(greenhouse.Interviews.Values);
        Assert.Equal($"panelist-interview-{interviewId:N}", (string?)created["external_event_id"]);
        var post = Assert.Single(greenhouse.Calls("POST", "/v2/scheduled_interviews")).Json;
        Assert.Equal(FakeGreenhouse.Application, (long)post["application_id"]!);
        Assert.Equal(FakeGreenhouse.PlanInterview, (long)post["interview_id"]!);
        Assert.Equal("2026-03-02T14:00:00Z", (string?)post["start"]);
        Assert.Equal("2026-03-02T15:00:00Z", (string?)post["end"]);
        Assert.Equal("""[{"response_status":"accepted","user_id":4711}]""", post["interviewers"]!.ToJsonString());
        Assert.DoesNotContain("private@interviewers.example.com", post.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        // The lookup comes first, and every request is authenticated and acts as the configured user.
        Assert.Equal(["GET /v1/scheduled_interviews", "POST /v2/scheduled_interviews"], greenhouse.Journal.Select(r => $"{r.Method} {r.Path}"));
        Assert.All(greenhouse.Journal, r => Assert.Equal("4080", r.OnBehalfOf));
        Assert.All(greenhouse.Journal, r => Assert.StartsWith("Basic ", r.Authorization, StringComparison.Ordinal));
        var delivery = Assert.Single(await world.Deliveries.DeliveriesAsync());
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(((long)created["id"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), delivery.ExternalId);
        await using var check = database.AsSystem(world.OrganizationId);
        Assert.Equal(1, await check.Db.ConnectorState.CountAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_create_whose_answer_was_lost_is_found_by_external_event_id_on_the_retry_and_not_created_twice(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse { SlowNextCreate = true, SlowAnswer = DispatcherHost.LoadedSlowAnswer };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, requestTimeout: DispatcherHost.LoadedRequestTimeout);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse);
        await world.RelayAsync("interviewer-{interviewerId}@relay.example.com");
        var interviewer = await Interviewers.AddAsync(database, $"gh-ghost-{provider}");
        var interviewId = Guid.CreateVersion7();

        await world.RaiseAsync(world.Scheduled(interviewId, interviewer));
        await world.DrainAsync();

        var created = Assert.Single(greenhouse.Interviews.Values);
        Assert.Single(greenhouse.Calls("POST", "/v2/scheduled_interviews"));
        Assert.Equal(2, greenhouse.Calls("GET", "/v1/scheduled_interviews").Count());
        var delivery = Assert.Single(await world.Deliveries.DeliveriesAsync());
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(2, delivery.Attempts);
        Assert.Equal(created["id"]!.ToJsonString(), delivery.ExternalId);

        // The store lost (a new installation would have none): a second scheduled event about the interview still finds it.
        await using (var scope = database.AsSystem(world.OrganizationId))
        {
            scope.Db.ConnectorState.RemoveRange(await scope.Db.ConnectorState.ToListAsync());
            await scope.Db.SaveChangesAsync();
        }

        await world.RaiseAsync(world.Scheduled(interviewId, interviewer));
        await world.DrainAsync();

        Assert.Single(greenhouse.Interviews.Values);
        Assert.Single(greenhouse.Calls("POST", "/v2/scheduled_interviews"));
        Assert.All(await world.Deliveries.DeliveriesAsync(), d => Assert.Equal(created["id"]!.ToJsonString(), d.ExternalId));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_reschedule_patches_the_stored_interview_with_the_new_times_and_the_relay_address_of_an_unmapped_interviewer(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse);
        var mapped = await Interviewers.AddAsync(database, $"gh-first-{provider}");
        var unmapped = await Interviewers.AddAsync(database, $"gh-second-{provider}");
        await world.MapAsync(mapped, "4711");
        await world.RelayAsync("interviewer-{interviewerId}@relay.example.com");
        var interviewId = Guid.CreateVersion7();

        await world.RaiseAsync(world.Scheduled(interviewId, mapped), world.Rescheduled(interviewId, unmapped, TimeSpan.FromDays(1)));
        await world.DrainAsync();

        var interview = Assert.Single(greenhouse.Interviews.Values);
        var id = (long)interview["id"]!;
        var patch = Assert.Single(greenhouse.Calls("PATCH", "/v2/scheduled_interviews/"));
        Assert.Equal($"/v2/scheduled_interviews/{id}", patch.Path);
        Assert.Equal("2026-03-03T14:00:00Z", (string?)patch.Json["start"]);
        Assert.Equal("2026-03-03T15:00:00Z", (string?)patch.Json["end"]);
        Assert.Equal($$"""[{"response_status":"accepted","email":"interviewer-{{unmapped:D}}@relay.example.com"}]""", patch.Json["interviewers"]!.ToJsonString());
        Assert.Equal("2026-03-03T14:00:00Z", (string?)interview["start"]!["date_time"]);
        // The stored id spares the reschedule its lookup.
        Assert.Single(greenhouse.Calls("GET", "/v1/scheduled_interviews"));
        Assert.All(await world.Deliveries.DeliveriesAsync(), d => Assert.Equal((DeliveryStatus.Delivered, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (d.Status, d.ExternalId)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_cancellation_deletes_the_greenhouse_interview_and_forgets_its_id(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse);
        var interviewer = await Interviewers.AddAsync(database, $"gh-cancel-{provider}");
        await world.MapAsync(interviewer, "4711");
        var interviewId = Guid.CreateVersion7();
        await world.RaiseAsync(world.Scheduled(interviewId, interviewer));
        await world.DrainAsync();
        var id = (long)Assert.Single(greenhouse.Interviews.Values)["id"]!;

        await world.RaiseAsync(world.Cancelled(interviewId));
        await world.DrainAsync();

        Assert.Empty(greenhouse.Interviews);
        Assert.Equal($"/v1/scheduled_interviews/{id}", Assert.Single(greenhouse.Calls("DELETE", "/")).Path);
        Assert.All(await world.Deliveries.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        await using var check = database.AsSystem(world.OrganizationId);
        Assert.False(await check.Db.ConnectorState.AnyAsync());
    }
}
