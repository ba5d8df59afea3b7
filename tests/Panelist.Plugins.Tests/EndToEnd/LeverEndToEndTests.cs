using Panelist.Plugins.Tests.Lever;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.EndToEnd;

/// <summary>Lever through the GraphQL API on PostgreSQL: what people do in Panelist ends as Lever requests at the fake, once each.</summary>
public sealed class LeverEndToEndTests
{
    private const string Interviewer = "user-interviewer";
    private const string Panels = $"/v1/opportunities/{LeverWorld.Opportunity}/panels";

    private static VendorSetup Setup(FakeLever lever, string interviewerUser)
    {
        LeverWorld.Seed(lever);
        lever.Users.Add(Interviewer);
        return new VendorSetup(
            "lever",
            [
                ("baseUrl", lever.BaseUrl), ("performAs", FakeLever.ActingUser), ("feedbackTemplateId", LeverWorld.TemplateId),
                ("fieldMapping", LeverWorld.Mapping), ("apiKey", FakeLever.ApiKey),
            ],
            VendorSetup.InterviewAndScorecardEvents,
            ("posting-1", null, null, null),
            ("contact-1", LeverWorld.Opportunity),
            interviewerUser);
    }

    [PostgresFact]
    public async Task Schedule_reschedule_cancel_and_a_scorecard_become_one_Lever_request_each_and_show_delivered_with_the_Lever_ids()
    {
        using var lever = new FakeLever();
        await using var world = await EndToEndWorld.CreateAsync(Setup(lever, Interviewer));

        var first = await world.RequestAsync("Grace Hopper");
        await world.ScheduleAsync(first, EndToEndWorld.Day);
        await world.DrainAsync();
        var panel = Assert.Single(lever.Panels.Values);
        var (firstPanel, firstInterview) = (panel["id"]!.GetValue<string>(), panel["interviews"]![0]!["id"]!.GetValue<string>());
        await world.ScheduleAsync(first, EndToEndWorld.Day.AddHours(2));
        await world.DrainAsync();
        Assert.Equal(EndToEndWorld.Day.AddHours(2).ToUnixTimeMilliseconds(), lever.Panels[firstPanel]["interviews"]![0]!["date"]!.GetValue<long>());
        await world.CancelAsync(first);
        await world.DrainAsync();
        var second = await world.HoldAsync(await world.RequestAsync("Alan Turing"));
        await world.SubmitScorecardAsync(second);
        await world.DrainAsync();

        var secondPanel = Assert.Single(lever.Panels.Keys);
        var feedback = Assert.Single(lever.Feedback.Values);
        Assert.Single(lever.Notes);
        Assert.Equal(Interviewer, feedback["user"]!.GetValue<string>());
        var opportunity = $"/v1/opportunities/{LeverWorld.Opportunity}";
        Assert.Equal(
        [
            $"GET {Panels}", $"POST {Panels}", $"PUT {opportunity}/interviews/{firstInterview}", $"DELETE {Panels}/{firstPanel}",
            $"GET {Panels}", $"POST {Panels}", $"POST {opportunity}/feedback", $"POST {opportunity}/notes",
        ], lever.Requests.Select(r => $"{r.RequestMessage.Method} {r.RequestMessage.Path}"));
        Assert.Equal(
        [
            ("interview.scheduled", "DELIVERED", firstPanel), ("interview.rescheduled", "DELIVERED", firstPanel), ("interview.cancelled", "DELIVERED", firstPanel),
            ("interview.scheduled", "DELIVERED", secondPanel), ("scorecard.submitted", "DELIVERED", feedback["id"]!.GetValue<string>()),
        ], (await world.DeliveriesAsync()).Select(d => (d.EventType, d.Status, d.ExternalId)));
    }

    [PostgresFact]
    public async Task A_400_from_Lever_ends_dead_lettered_with_its_message()
    {
        using var lever = new FakeLever();
        // The interviewer is mapped to a Lever user that does not exist: feedback is written as that user.
        await using var world = await EndToEndWorld.CreateAsync(Setup(lever, "user-gone"));

        var held = await world.HoldAsync(await world.RequestAsync("Grace Hopper"));
        await world.SubmitScorecardAsync(held);
        await world.DrainAsync();

        var deliveries = await world.DeliveriesAsync();
        Assert.Equal(["interview.scheduled DELIVERED", "scorecard.submitted DEAD_LETTERED"], deliveries.Select(d => $"{d.EventType} {d.Status}"));
        Assert.Contains("perform_as user user-gone was not found.", deliveries[1].LastError, StringComparison.Ordinal);
        Assert.Equal(1, deliveries[1].Attempts);
        Assert.Empty(lever.Feedback);
    }

    [PostgresFact]
    public async Task A_panel_replayed_after_a_crash_that_lost_its_settlement_is_found_by_its_marker_and_not_created_twice()
    {
        using var lever = new FakeLever();
        await using var world = await EndToEndWorld.CreateAsync(Setup(lever, Interviewer));
        await world.ScheduleAsync(await world.RequestAsync("Grace Hopper"), EndToEndWorld.Day);
        await world.DrainAsync();
        var delivered = Assert.Single(await world.DeliveriesAsync());

        await world.LoseSettlementAsync(delivered, "panel:");
        await world.DrainAsync();

        var panel = Assert.Single(lever.Panels.Values);
        var interview = panel["interviews"]![0]!["id"]!.GetValue<string>();
        // The replay finds the panel by its marker and brings its interview up to date (the same times again): nothing new.
        Assert.Equal(
            [$"GET {Panels}", $"POST {Panels}", $"GET {Panels}", $"PUT /v1/opportunities/{LeverWorld.Opportunity}/interviews/{interview}"],
            lever.Requests.Select(r => $"{r.RequestMessage.Method} {r.RequestMessage.Path}"));
        var replayed = Assert.Single(await world.DeliveriesAsync());
        Assert.Equal(("DELIVERED", 1, panel["id"]!.GetValue<string>()), (replayed.Status, replayed.Attempts, replayed.ExternalId));
    }
}
