using System.Xml.Linq;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.EndToEnd;

/// <summary>Workday through the GraphQL API on PostgreSQL: what people do in Panelist ends as Recruiting SOAP calls at the fake, once each.</summary>
public sealed class WorkdayEndToEndTests
{
    private static readonly XNamespace Env = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Wd = "urn:com.workday/bsvc";

    private const string Token = $"POST /ccx/oauth2/{FakeWorkday.Tenant}/token";
    private const string Recruiting = $"POST /ccx/service/{FakeWorkday.Tenant}/Recruiting/{FakeWorkday.Version}";

    /// <summary>The design criterion, its rating 3 and a YES are mapped; the coding criterion is not (Workday receives what is mapped).</summary>
    private const string ReferenceMap = """
        { "recommendations": { "Yes": "RATING-YES", "No": "RATING-NO" }, "criteria": { "design": "COMP-DESIGN" },
          "ratings": { "3": "PROF-3" }, "stages": { "stage-tech": "ITYPE-TECH" } }
        """;

    private static VendorSetup Setup(FakeWorkday workday, string worker) => new(
        "workday",
        [
            ("baseUrl", workday.BaseUrl), ("tenant", FakeWorkday.Tenant), ("clientId", FakeWorkday.ClientId), ("referenceMap", ReferenceMap),
            ("clientSecret", FakeWorkday.ClientSecret), ("refreshToken", FakeWorkday.FirstRefreshToken),
        ],
        VendorSetup.InterviewAndScorecardEvents,
        ("job-1", "stage-tech", null, null),
        ("cand-1", "app-1"),
        worker);

    [PostgresFact]
    public async Task Schedule_reschedule_cancel_and_a_scorecard_become_one_SOAP_call_each_and_show_delivered_with_the_Workday_ids()
    {
        using var workday = new FakeWorkday();
        await using var world = await EndToEndWorld.CreateAsync(Setup(workday, "21001"));

        var first = await world.RequestAsync("Grace Hopper");
        await world.ScheduleAsync(first, EndToEndWorld.Day);
        await world.DrainAsync();
        var firstWid = Assert.Single(workday.Interviews.Keys);
        await world.ScheduleAsync(first, EndToEndWorld.Day.AddHours(2));
        await world.DrainAsync();
        await world.CancelAsync(first);
        await world.DrainAsync();
        Assert.Equal("false", (string?)workday.Interviews[firstWid].Attribute("Active"));
        var second = await world.HoldAsync(await world.RequestAsync("Alan Turing"));
        await world.SubmitScorecardAsync(second);
        await world.DrainAsync();

        var secondWid = Assert.Single(workday.Interviews.Keys, k => k != firstWid);
        Assert.Equal(2, workday.Created);
        Assert.Equal(
        [
            Token, $"{Recruiting} Get_Interviews", $"{Recruiting} Put_Interview", $"{Recruiting} Put_Interview", $"{Recruiting} Put_Interview",
            $"{Recruiting} Get_Interviews", $"{Recruiting} Put_Interview", $"{Recruiting} Put_Interview_Feedback",
        ], workday.Requests.Select(Describe));
        var feedback = workday.Calls.Last().Request.ToString();
        Assert.Contains("COMP-DESIGN", feedback, StringComparison.Ordinal);
        Assert.Contains("RATING-YES", feedback, StringComparison.Ordinal);
        Assert.Equal(
        [
            ("interview.scheduled", "DELIVERED", firstWid), ("interview.rescheduled", "DELIVERED", firstWid), ("interview.cancelled", "DELIVERED", firstWid),
            ("interview.scheduled", "DELIVERED", secondWid), ("scorecard.submitted", "DELIVERED", secondWid),
        ], (await world.DeliveriesAsync()).Select(d => (d.EventType, d.Status, d.ExternalId)));
    }

    [PostgresFact]
    public async Task A_Validation_Fault_from_Workday_ends_dead_lettered_with_the_fault_text()
    {
        using var workday = new FakeWorkday();
        // The interviewer is mapped to a worker the tenant does not have.
        await using var world = await EndToEndWorld.CreateAsync(Setup(workday, "29999"));

        await world.ScheduleAsync(await world.RequestAsync("Grace Hopper"), EndToEndWorld.Day);
        await world.DrainAsync();

        var delivery = Assert.Single(await world.DeliveriesAsync());
        Assert.True((delivery.EventType, delivery.Status, delivery.Attempts) == ("interview.scheduled", "DEAD_LETTERED", 1), delivery.ToString());
        Assert.Contains("Invalid ID value. '29999' is not a valid ID value for type = Employee_ID", delivery.LastError, StringComparison.Ordinal);
        Assert.Empty(workday.Interviews);
    }

    [PostgresFact]
    public async Task An_interview_replayed_after_a_crash_that_lost_its_settlement_is_found_by_its_marker_and_not_created_twice()
    {
        using var workday = new FakeWorkday();
        await using var world = await EndToEndWorld.CreateAsync(Setup(workday, "21001"));
        await world.ScheduleAsync(await world.RequestAsync("Grace Hopper"), EndToEndWorld.Day);
        await world.DrainAsync();
        var delivered = Assert.Single(await world.DeliveriesAsync());

        await world.LoseSettlementAsync(delivered, "interview:");
        await world.DrainAsync();

        var wid = Assert.Single(workday.Interviews.Keys);
        Assert.Equal(1, workday.Created);
        Assert.Equal(["Get_Interviews", "Put_Interview", "Get_Interviews", "Put_Interview"], workday.Calls.Select(c => c.Operation));
        // The replay updates the interview it found (by its event reference) instead of creating one.
        Assert.NotNull(workday.Calls.Last().Request.Element(Wd + "Interview_Data")!.Element(Wd + "Interview_Event_Reference"));
        var replayed = Assert.Single(await world.DeliveriesAsync());
        Assert.Equal(("DELIVERED", 1, wid), (replayed.Status, replayed.Attempts, replayed.ExternalId));
    }

    /// <summary>Method and path, and for a SOAP call its operation (every call goes to the same URL).</summary>
    private static string Describe(WireMock.Logging.ILogEntry entry)
    {
        var request = entry.RequestMessage;
        var line = $"{request.Method} {request.Path}";
        return request.Path.Contains("/Recruiting/", StringComparison.Ordinal)
            ? $"{line} {XDocument.Parse(request.Body!).Root!.Element(Env + "Body")!.Elements().First().Name.LocalName.Replace("_Request", "", StringComparison.Ordinal)}"
            : line;
    }
}
