using System.Globalization;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.EndToEnd;

/// <summary>Greenhouse through the GraphQL API on PostgreSQL: what people do in Panelist ends as Harvest requests at the fake, once each.</summary>
public sealed class GreenhouseEndToEndTests
{
    private static VendorSetup Setup(FakeGreenhouse greenhouse, string interviewerUser) => new(
        "greenhouse",
        [
            ("apiVersion", "harvest-v1"), ("baseUrl", greenhouse.BaseUrl),
            ("onBehalfOfUserId", FakeGreenhouse.ActingUser.ToString(CultureInfo.InvariantCulture)), ("apiKey", FakeGreenhouse.ApiKey),
        ],
        VendorSetup.InterviewAndScorecardEvents,
        ("4001", "7001", null, FakeGreenhouse.PlanInterview.ToString(CultureInfo.InvariantCulture)),
        (FakeGreenhouse.Candidate.ToString(CultureInfo.InvariantCulture), FakeGreenhouse.Application.ToString(CultureInfo.InvariantCulture)),
        interviewerUser);

    [PostgresFact]
    public async Task Schedule_reschedule_cancel_and_a_scorecard_become_one_Harvest_request_each_and_show_delivered_with_the_Greenhouse_ids()
    {
        using var greenhouse = new FakeGreenhouse();
        await using var world = await EndToEndWorld.CreateAsync(Setup(greenhouse, "4711"));

        var first = await world.RequestAsync("Grace Hopper");
        await world.ScheduleAsync(first, EndToEndWorld.Day);
        await world.DrainAsync();
        var created = Assert.Single(greenhouse.Interviews.Values);
        var firstKey = (long)created["id"]!;
        var firstId = firstKey.ToString(CultureInfo.InvariantCulture);
        await world.ScheduleAsync(first, EndToEndWorld.Day.AddHours(2));
        await world.DrainAsync();
        Assert.Equal(EndToEndWorld.Day.AddHours(2), DateTimeOffset.Parse((string)greenhouse.Interviews[firstKey]["start"]!["date_time"]!, CultureInfo.InvariantCulture));
        await world.CancelAsync(first);
        await world.DrainAsync();
        var second = await world.HoldAsync(await world.RequestAsync("Alan Turing"));
        await world.SubmitScorecardAsync(second);
        await world.DrainAsync();

        var secondId = Assert.Single(greenhouse.Interviews.Keys).ToString(CultureInfo.InvariantCulture);
        var note = Assert.Single(greenhouse.Notes);
        Assert.Equal(
        [
            "GET /v1/scheduled_interviews", "POST /v2/scheduled_interviews", $"PATCH /v2/scheduled_interviews/{firstId}", $"DELETE /v1/scheduled_interviews/{firstId}",
            "GET /v1/scheduled_interviews", "POST /v2/scheduled_interviews", $"POST /v1/candidates/{FakeGreenhouse.Candidate}/activity_feed/notes",
        ], greenhouse.Requests.Select(r => $"{r.RequestMessage.Method} {r.RequestMessage.Path}"));
        Assert.Contains("Sharded the queue", (string)note["body"]!, StringComparison.Ordinal);
        Assert.Equal(
        [
            ("interview.scheduled", "DELIVERED", firstId), ("interview.rescheduled", "DELIVERED", firstId), ("interview.cancelled", "DELIVERED", firstId),
            ("interview.scheduled", "DELIVERED", secondId), ("scorecard.submitted", "DELIVERED", ((long)note["id"]!).ToString(CultureInfo.InvariantCulture)),
        ], (await world.DeliveriesAsync()).Select(d => (d.EventType, d.Status, d.ExternalId)));
    }

    [PostgresFact]
    public async Task A_422_from_Greenhouse_ends_dead_lettered_with_its_validation_message()
    {
        using var greenhouse = new FakeGreenhouse();
        // A Greenhouse user id that does not exist (a typo, or a user since deactivated).
        await using var world = await EndToEndWorld.CreateAsync(Setup(greenhouse, "999"));

        await world.ScheduleAsync(await world.RequestAsync("Grace Hopper"), EndToEndWorld.Day);
        await world.DrainAsync();

        var delivery = Assert.Single(await world.DeliveriesAsync());
        Assert.True((delivery.EventType, delivery.Status, delivery.Attempts) == ("interview.scheduled", "DEAD_LETTERED", 1), delivery.ToString());
        Assert.Contains("User 999 not found", delivery.LastError, StringComparison.Ordinal);
        Assert.Empty(greenhouse.Interviews);
        Assert.Equal(422, greenhouse.Journal.Last().Status);
    }

    [PostgresFact]
    public async Task A_create_replayed_after_a_crash_that_lost_its_settlement_is_found_by_external_event_id_and_not_created_twice()
    {
        using var greenhouse = new FakeGreenhouse();
        await using var world = await EndToEndWorld.CreateAsync(Setup(greenhouse, "4711"));
        await world.ScheduleAsync(await world.RequestAsync("Grace Hopper"), EndToEndWorld.Day);
        await world.DrainAsync();
        var delivered = Assert.Single(await world.DeliveriesAsync());

        await world.LoseSettlementAsync(delivered, "scheduled-interview:");
        await world.DrainAsync();

        var created = Assert.Single(greenhouse.Interviews.Values);
        Assert.Single(greenhouse.Requests, r => r.RequestMessage.Method == "POST");
        Assert.Equal(["GET /v1/scheduled_interviews", "POST /v2/scheduled_interviews", "GET /v1/scheduled_interviews"],
            greenhouse.Requests.Select(r => $"{r.RequestMessage.Method} {r.RequestMessage.Path}"));
        var replayed = Assert.Single(await world.DeliveriesAsync());
        Assert.Equal(("DELIVERED", 1, ((long)created["id"]!).ToString(CultureInfo.InvariantCulture)), (replayed.Status, replayed.Attempts, replayed.ExternalId));
    }
}
