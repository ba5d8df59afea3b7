using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Plugins.Tests.Support;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Greenhouse;

/// <summary>How Greenhouse's refusals, throttles and outages end, through the built plugin on the real host and database.</summary>
public sealed class GreenhouseFailureTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_429_with_Retry_After_holds_the_installation_and_spends_no_attempt(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse { Window = TimeSpan.FromSeconds(3) };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, o => o.CircuitBreakerThreshold = 1);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse);
        var interviewer = await Interviewers.AddAsync(database, $"gh-429-{provider}");
        await world.MapAsync(interviewer, "4711");
        // The key's window is already full (the client's other integrations share it): the first request gets a 429.
        greenhouse.Spend(50);

        await world.RaiseAsync(world.Scheduled(Guid.CreateVersion7(), interviewer), world.Scheduled(Guid.CreateVersion7(), interviewer));
        await world.DrainAsync();

        Assert.True(greenhouse.Throttled >= 1);
        Assert.Equal(2, greenhouse.Interviews.Count);
        Assert.All(await world.Deliveries.DeliveriesAsync(), d => Assert.Equal((DeliveryStatus.Delivered, 1), (d.Status, d.Attempts)));
        Assert.Equal(InstallationStatus.Active, (await world.Deliveries.InstallationAsync()).Status);
        Assert.NotNull((await world.Deliveries.InstallationAsync()).ThrottledUntil);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_exhausted_X_RateLimit_Remaining_stops_the_delivery_before_a_certain_429_and_spends_no_attempt(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse { Window = TimeSpan.FromSeconds(3) };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse);
        var interviewer = await Interviewers.AddAsync(database, $"gh-remaining-{provider}");
        await world.MapAsync(interviewer, "4711");
        // One request left: the lookup takes it and answers Remaining 0, so the create waits for the window instead of drawing a 429.
        greenhouse.Spend(49);

        await world.RaiseAsync(world.Scheduled(Guid.CreateVersion7(), interviewer));
        await world.DrainAsync();

        Assert.Equal(0, greenhouse.Throttled);
        Assert.Single(greenhouse.Interviews);
        Assert.Equal(2, greenhouse.Calls("GET", "/v1/scheduled_interviews").Count());
        var delivery = Assert.Single(await world.Deliveries.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Delivered, 1), (delivery.Status, delivery.Attempts));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_wrong_api_key_dead_letters_with_GREENHOUSE_BAD_CREDENTIALS(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse, (_, secrets) => secrets["apiKey"] = "revoked-key");

        await world.RaiseAsync(GreenhouseScorecardTests.Submitted(world, Guid.CreateVersion7()));
        await world.DrainAsync();

        var delivery = Assert.Single(await world.Deliveries.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.DeadLettered, 1), (delivery.Status, delivery.Attempts));
        Assert.StartsWith("GREENHOUSE_BAD_CREDENTIALS: ", delivery.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("revoked-key", delivery.LastError, StringComparison.Ordinal);
        Assert.Empty(greenhouse.Notes);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_acting_user_without_access_dead_letters_with_GREENHOUSE_PERMISSION_DENIED(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse, (settings, _) => settings["onBehalfOfUserId"] = "999");

        await world.RaiseAsync(GreenhouseScorecardTests.Submitted(world, Guid.CreateVersion7()));
        await world.DrainAsync();

        var delivery = Assert.Single(await world.Deliveries.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.DeadLettered, 1), (delivery.Status, delivery.Attempts));
        Assert.StartsWith("GREENHOUSE_PERMISSION_DENIED: ", delivery.LastError, StringComparison.Ordinal);
        Assert.Contains("does not have access", delivery.LastError, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_unknown_application_and_a_validation_error_dead_letter_with_greenhouses_words(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse);
        var interviewer = await Interviewers.AddAsync(database, $"gh-refused-{provider}");
        await world.MapAsync(interviewer, "4711");

        await world.RaiseAsync(
            world.Scheduled(Guid.CreateVersion7(), interviewer, GreenhouseWorld.Ats with { ApplicationId = "1" }),
            world.Scheduled(Guid.CreateVersion7(), interviewer, GreenhouseWorld.Ats with { HiringPlanInterviewId = "2" }));
        await world.DrainAsync();

        var errors = (await world.Deliveries.DeliveriesAsync()).Select(d => (d.Status, d.LastError)).ToList();
        Assert.Equal((DeliveryStatus.DeadLettered, "APPLICATION_NOT_FOUND: Greenhouse found no such record for POST v2/scheduled_interviews (404): Not found"), errors[0]);
        Assert.Equal((DeliveryStatus.DeadLettered,
            "GREENHOUSE_VALIDATION_FAILED: Greenhouse refused POST v2/scheduled_interviews (422): Validation error; interview_id: Interview does not belong to this application's job"),
            errors[1]);
        Assert.Empty(greenhouse.Interviews);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_500_is_retried_and_the_interview_created_once(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse { FailNext = 2 };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse);
        var interviewer = await Interviewers.AddAsync(database, $"gh-500-{provider}");
        await world.MapAsync(interviewer, "4711");

        await world.RaiseAsync(world.Scheduled(Guid.CreateVersion7(), interviewer));
        await world.DrainAsync();

        Assert.Single(greenhouse.Interviews);
        var delivery = Assert.Single(await world.Deliveries.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Delivered, 3), (delivery.Status, delivery.Attempts));
    }
}
