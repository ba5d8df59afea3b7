using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Plugins.Tests.Support;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Lever;

/// <summary>The Lever plugin as the host loads it from artifacts/plugins/lever, against a fake Lever, on both providers.</summary>
public sealed class LeverDeliveryTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_submitted_scorecard_becomes_a_feedback_form_of_the_template_with_the_mapped_fields_by_the_mapped_interviewer(DatabaseProvider provider)
    {
        using var lever = new FakeLever();
        LeverWorld.Seed(lever);
        lever.Users.Add("user-ada");
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await LeverWorld.CreateAsync(database, host, LeverWorld.Settings(lever), new() { ["apiKey"] = FakeLever.ApiKey });
        var ada = await Interviewers.AddAsync(database, $"ada-{provider}");
        await using (var scope = database.AsSystem(world.OrganizationId))
        {
            (await scope.Get<InterviewerMappingService>().MapAsync(world.InstallationId, ada, "user-ada")).Unwrap();
        }

        world.InterviewerId = ada;
        var (interview, scorecard) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await world.RaiseAsync(world.Scheduled(interview, DateTimeOffset.UtcNow.AddDays(2)), world.Submitted(interview, scorecard));
        await world.DrainAsync(Within);

        var deliveries = await world.DeliveriesAsync();
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        var form = Assert.Single(lever.Feedback.Values);
        var panel = Assert.Single(lever.Panels.Values);
        Assert.Equal(LeverWorld.TemplateId, (string?)form["baseTemplateId"]);
        Assert.Equal("user-ada", (string?)form["user"]);
        Assert.Equal((string?)panel["id"], (string?)form["panel"]);
        Assert.Equal((string?)panel["interviews"]![0]!["id"], (string?)form["interview"]);
        Assert.Equal("""[{"id":"f-design","value":4},{"id":"f-coding","value":3},{"id":"f-overall","value":"3"},{"id":"f-notes","value":"Strong on system design."}]""",
            form["fieldValues"]!.ToJsonString());
        Assert.Equal([(string?)panel["id"], (string?)form["id"]], deliveries.Select(d => d.ExternalId));

        // The summary note names every criterion, mapped or not, and is written as the acting user.
        var note = Assert.Single(lever.Notes.Values);
        Assert.Contains("CULTURE: 2 — Not mapped", (string?)note["text"], StringComparison.Ordinal);
        Assert.Equal(FakeLever.ActingUser, (string?)note["user"]);
        AssertEveryWriteActsAsAUser(lever, FakeLever.ActingUser, "user-ada");
        Assert.DoesNotContain(lever.Journal, r => r.Body?.ToJsonString().Contains("private@interviewers", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_amended_scorecard_puts_the_feedback_form_whose_id_the_submission_stored(DatabaseProvider provider)
    {
        using var lever = new FakeLever();
        LeverWorld.Seed(lever);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await LeverWorld.CreateAsync(database, host, LeverWorld.Settings(lever), new() { ["apiKey"] = FakeLever.ApiKey });
        var (interview, scorecard) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await world.RaiseAsync(world.Submitted(interview, scorecard), world.Amended(interview, scorecard));
        await world.DrainAsync(Within);

        Assert.All(await world.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        var form = Assert.Single(lever.Feedback.Values);
        Assert.Equal(1, (int)form["updates"]!);
        Assert.Equal("""[{"id":"f-design","value":4},{"id":"f-coding","value":4},{"id":"f-overall","value":"4"},{"id":"f-notes","value":"Even better on review."}]""",
            form["fieldValues"]!.ToJsonString());
        var feedbackWrites = lever.Writes.Where(w => w.Path.Contains("/feedback", StringComparison.Ordinal)).Select(w => (w.Method, w.Path)).ToList();
        Assert.Equal([("POST", "/v1/opportunities/opp-1/feedback"), ("PUT", $"/v1/opportunities/opp-1/feedback/{form["id"]}")], feedbackWrites);
        // No interviewer is mapped: the acting user writes the form.
        Assert.Equal(FakeLever.ActingUser, (string?)form["user"]);
        Assert.Equal(2, lever.Notes.Count);
        Assert.Contains(lever.Notes.Values, n => ((string?)n["text"])!.Contains("Amended (revision 2): Reviewed the recording", StringComparison.Ordinal));
        AssertEveryWriteActsAsAUser(lever, FakeLever.ActingUser);
        Assert.Contains($"feedback:{scorecard:N}", await world.StoreKeysAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_scheduled_interview_becomes_a_panel_in_the_interviewers_time_zone_then_is_updated_and_deleted(DatabaseProvider provider)
    {
        using var lever = new FakeLever();
        LeverWorld.Seed(lever);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await LeverWorld.CreateAsync(database, host, LeverWorld.Settings(lever), new() { ["apiKey"] = FakeLever.ApiKey });
        var interview = Guid.CreateVersion7();
        var start = new DateTimeOffset(2030, 3, 2, 14, 0, 0, TimeSpan.Zero);
        await world.RaiseAsync(world.Scheduled(interview, start));
        await world.DrainAsync(Within);

        var panel = Assert.Single(lever.Panels.Values);
        Assert.Equal("America/New_York", (string?)panel["timezone"]);
        Assert.True((bool)panel["externallyManaged"]!);
        var created = panel["interviews"]![0]!;
        Assert.Equal(start.ToUnixTimeMilliseconds(), (long)created["date"]!);
        Assert.Equal(45, (int)created["duration"]!);
        // No Lever user is mapped for the interviewer: the acting user stands in, and the note names the interviewer.
        Assert.Equal($$"""[{"id":"{{FakeLever.ActingUser}}"}]""", created["interviewers"]!.ToJsonString());
        Assert.Contains("Ada Lovelace", (string?)created["note"], StringComparison.Ordinal);
        Assert.Contains($"panel:{interview:N}", await world.StoreKeysAsync());

        await world.RaiseAsync(world.Rescheduled(interview, start.AddDays(1), start));
        await world.DrainAsync(Within);
        var moved = Assert.Single(lever.Panels.Values)["interviews"]![0]!;
        Assert.Equal(start.AddDays(1).ToUnixTimeMilliseconds(), (long)moved["date"]!);
        Assert.Equal(60, (int)moved["duration"]!);
        Assert.Equal((string?)created["id"], (string?)moved["id"]);

        await world.RaiseAsync(world.Cancelled(interview));
        await world.DrainAsync(Within);
        Assert.Empty(lever.Panels);
        Assert.DoesNotContain($"panel:{interview:N}", await world.StoreKeysAsync());
        var panelId = (string?)panel["id"];
        Assert.Equal(
            [("POST", "/v1/opportunities/opp-1/panels"), ("PUT", $"/v1/opportunities/opp-1/interviews/{created["id"]}"), ("DELETE", $"/v1/opportunities/opp-1/panels/{panelId}")],
            lever.Writes.Select(w => (w.Method, w.Path)));
        Assert.All(await world.DeliveriesAsync(), d => Assert.Equal((DeliveryStatus.Delivered, panelId), (d.Status, d.ExternalId)));
        AssertEveryWriteActsAsAUser(lever, FakeLever.ActingUser);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bare_429s_throttle_the_installation_for_a_growing_backoff_and_spend_no_attempt(DatabaseProvider provider)
    {
        using var lever = new FakeLever();
        LeverWorld.Seed(lever);
        lever.Force(429, 2);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, o =>
        {
            o.CircuitBreakerThreshold = 1;
            o.CircuitBreakerCooldown = TimeSpan.FromSeconds(60);
        });
        // Without the panel look-up the forced 429s meet the create itself.
        var settings = LeverWorld.Settings(lever);
        settings["panelLookup"] = "off";
        var world = await LeverWorld.CreateAsync(database, host, settings, new() { ["apiKey"] = FakeLever.ApiKey });
        await world.RaiseAsync(world.Scheduled(Guid.CreateVersion7(), DateTimeOffset.UtcNow.AddDays(2)));
        await world.DrainAsync(Within);

        var delivery = Assert.Single(await world.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Delivered, 1), (delivery.Status, delivery.Attempts));
        var arrivals = lever.Writes.Select(w => w.At).ToList();
        Assert.Equal(3, arrivals.Count);
        // 1 s after the first 429, 2 s after the second: the connector's own backoff, since Lever sends no Retry-After.
        Assert.True(arrivals[1] - arrivals[0] >= TimeSpan.FromSeconds(0.95), $"second try after {(arrivals[1] - arrivals[0]).TotalSeconds} s");
        Assert.True(arrivals[2] - arrivals[1] >= TimeSpan.FromSeconds(1.95), $"third try after {(arrivals[2] - arrivals[1]).TotalSeconds} s");
        Assert.Single(lever.Panels);
        Assert.Equal(InstallationStatus.Active, (await world.InstallationAsync()).Status);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_refused_api_key_dead_letters_with_the_unauthorized_code_without_retrying(DatabaseProvider provider)
    {
        using var lever = new FakeLever();
        LeverWorld.Seed(lever);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await LeverWorld.CreateAsync(database, host, LeverWorld.Settings(lever), new() { ["apiKey"] = "revoked-key" });
        await world.RaiseAsync(world.Scheduled(Guid.CreateVersion7(), DateTimeOffset.UtcNow.AddDays(2)));
        await world.DrainAsync(Within);

        var delivery = Assert.Single(await world.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.DeadLettered, 1), (delivery.Status, delivery.Attempts));
        Assert.StartsWith("LEVER_UNAUTHORIZED: ", delivery.LastError, StringComparison.Ordinal);
        Assert.Contains("UnauthorizedError: The request requires authentication.", delivery.LastError, StringComparison.Ordinal);
        Assert.Single(lever.Journal);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Lever_refusals_dead_letter_with_levers_message_and_maintenance_is_retried(DatabaseProvider provider)
    {
        using var lever = new FakeLever();
        LeverWorld.Seed(lever);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var settings = LeverWorld.Settings(lever);
        settings["performAs"] = "user-left-the-company";
        var world = await LeverWorld.CreateAsync(database, host, settings, new() { ["apiKey"] = FakeLever.ApiKey });
        await world.RaiseAsync(world.Scheduled(Guid.CreateVersion7(), DateTimeOffset.UtcNow.AddDays(2)));
        await world.DrainAsync(Within);
        var refused = Assert.Single(await world.DeliveriesAsync());
        Assert.Equal(DeliveryStatus.DeadLettered, refused.Status);
        Assert.Equal("LEVER_INVALID_REQUEST: POST /opportunities/opp-1/panels: Lever refused the request (400): BadRequestError: perform_as user user-left-the-company was not found.",
            refused.LastError);

        lever.Opportunities.Remove(LeverWorld.Opportunity);
        var gone = await LeverWorld.CreateAsync(database, host, LeverWorld.Settings(lever), new() { ["apiKey"] = FakeLever.ApiKey });
        await gone.RaiseAsync(gone.Submitted(Guid.CreateVersion7(), Guid.CreateVersion7()));
        await gone.DrainAsync(Within);
        var missing = Assert.Single(await gone.DeliveriesAsync());
        Assert.Equal(DeliveryStatus.DeadLettered, missing.Status);
        Assert.StartsWith("LEVER_NOT_FOUND: POST /opportunities/opp-1/feedback: ResourceNotFound: opportunities opp-1 was not found", missing.LastError, StringComparison.Ordinal);

        lever.Opportunities.Add(LeverWorld.Opportunity);
        lever.Force(503, 1);
        var flaky = await LeverWorld.CreateAsync(database, host, LeverWorld.Settings(lever), new() { ["apiKey"] = FakeLever.ApiKey });
        await flaky.RaiseAsync(flaky.Scheduled(Guid.CreateVersion7(), DateTimeOffset.UtcNow.AddDays(2)));
        await flaky.DrainAsync(Within);
        var retried = Assert.Single(await flaky.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Delivered, 2), (retried.Status, retried.Attempts));
        Assert.Single(lever.Panels);
    }

    internal static void AssertEveryWriteActsAsAUser(FakeLever lever, params string[] users)
    {
        var writes = lever.Writes.ToList();
        Assert.NotEmpty(writes);
        Assert.All(writes, w => Assert.Contains(w.PerformAs, users));
    }
}
