using System.Xml.Linq;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Sdk.Events;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Plugins.Tests.Support;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Workday;

/// <summary>The built Workday plugin on a real host and database against a fake tenant: what each event becomes, ids kept, faults and throttling.</summary>
public sealed class WorkdayDeliveryTests
{
    private static readonly XNamespace Wd = "urn:com.workday/bsvc";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_interview_is_put_on_the_job_application_and_its_returned_WID_is_reused_until_it_is_cancelled(DatabaseProvider provider)
    {
        using var workday = new FakeWorkday();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await WorkdayWorld.CreateAsync(database, host, WorkdayWorld.Settings(workday), WorkdayWorld.Secrets());
        var interviewer = await Interviewers.AddAsync(database, $"wd-mapped-{provider}");
        await using (var scope = database.AsSystem(world.OrganizationId))
        {
            (await scope.Get<InterviewerMappingService>().MapAsync(world.InstallationId, interviewer, "21001")).Unwrap();
        }

        world.InterviewerId = interviewer;
        await world.RaiseAsync(1, IntegrationEventType.InterviewScheduled, IntegrationEventType.InterviewRescheduled);
        await world.DrainAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(["interview:" + (await world.DeliveriesAsync())[0].OrderingKey, "oauth:token"], await world.StateKeysAsync());
        await world.RaiseScorecardAsync(Guid.Parse((await world.DeliveriesAsync())[0].OrderingKey), 1, Recommendation.Yes);
        await world.DrainAsync(TimeSpan.FromSeconds(20));

        var calls = workday.Calls.ToList();
        Assert.Equal(["Put_Interview", "Put_Interview", "Put_Interview_Feedback"], calls.Select(c => c.Operation));
        var create = calls[0].Request.Element(Wd + "Interview_Data")!;
        Assert.Null(create.Element(Wd + "Interview_Event_Reference"));
        Assert.Equal(("Job_Application_ID", "app-1"), Id(create, "Job_Application_Reference"));
        var session = create.Element(Wd + "Interview_Session_Data")!.Element(Wd + "Interview_Session_Details_Data")!;
        Assert.Equal(("Employee_ID", "21001"), Id(session, "Interviewers_Reference"));
        Assert.Equal(("WID", "ITYPE-TECH"), Id(session, "Interview_Type_Reference"));
        Assert.Equal(("WID", "INT-EVT-1"), Id(calls[1].Request.Element(Wd + "Interview_Data")!, "Interview_Event_Reference"));
        Assert.Equal(("WID", "INT-EVT-1"), Id(calls[2].Request.Element(Wd + "Interview_Feedback_Data")!, "Interview_Event_Reference"));
        Assert.All(calls, c => Assert.DoesNotContain("private@interviewers.example.com", c.Request.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.All(await world.DeliveriesAsync(), d => Assert.Equal((DeliveryStatus.Delivered, "INT-EVT-1"), (d.Status, d.ExternalId)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_scorecard_becomes_interview_feedback_through_the_reference_map_and_a_cancellation_deletes_the_session(DatabaseProvider provider)
    {
        using var workday = new FakeWorkday();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await WorkdayWorld.CreateAsync(database, host, WorkdayWorld.Settings(workday), WorkdayWorld.Secrets());
        var interview = await world.RaiseAsync(2, IntegrationEventType.InterviewScheduled);
        await world.RaiseScorecardAsync(interview, 2, Recommendation.No);
        await world.DrainAsync(TimeSpan.FromSeconds(20));
        await world.RaiseAsync(2, IntegrationEventType.InterviewScheduled, IntegrationEventType.InterviewCancelled);

        await world.DrainAsync(TimeSpan.FromSeconds(20));

        var calls = workday.Calls.ToList();
        Assert.Equal(["Put_Interview", "Put_Interview_Feedback", "Put_Interview", "Put_Interview"], calls.Select(c => c.Operation));
        var details = calls[1].Request.Descendants(Wd + "Interview_Feedback_Details").Single();
        // No interviewer mapping: the map's default worker speaks for the freelancer, who is named in the comment.
        Assert.Equal(("Employee_ID", "21002"), Id(calls[1].Request.Descendants(Wd + "Interview_Feedback_Details_Data").Single(), "Interviewer_Reference"));
        Assert.Equal(("WID", "RATING-NO"), Id(details, "Interview_Feedback_Rating_Reference"));
        var competency = Assert.Single(details.Elements(Wd + "Competency_Assessment_Data"));
        Assert.Equal(("WID", "COMP-DESIGN"), Id(competency, "Competency_Reference"));
        Assert.Equal(("WID", "PROF-3"), Id(competency, "Proficiency_Rating_Reference"));
        var comment = details.Element(Wd + "Overall_Comment")!.Value;
        Assert.Contains("Recommendation: No", comment, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace", comment, StringComparison.Ordinal);
        Assert.Contains("Communication: 4 — Clear trade-offs.", comment, StringComparison.Ordinal);
        var cancel = calls[3].Request.Element(Wd + "Interview_Data")!;
        Assert.Equal(("WID", "INT-EVT-2"), Id(cancel, "Interview_Event_Reference"));
        Assert.Equal("true", (string?)cancel.Element(Wd + "Interview_Session_Data")!.Attribute(Wd + "Delete"));
        Assert.All(await world.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        Assert.Equal(["interview:" + interview.ToString("N"), "oauth:token"], await world.StateKeysAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_validation_fault_dead_letters_with_Workdays_message_and_an_unmapped_recommendation_is_named(DatabaseProvider provider)
    {
        using var workday = new FakeWorkday();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await WorkdayWorld.CreateAsync(database, host, WorkdayWorld.Settings(workday), WorkdayWorld.Secrets());
        workday.Workers.Remove("21002");
        await world.RaiseAsync(3, IntegrationEventType.InterviewScheduled);
        // Another interview: a dead-lettered create holds the later events about its own interview.
        await world.RaiseScorecardAsync(Guid.CreateVersion7(), 3, Recommendation.StrongYes);

        await world.DrainAsync(TimeSpan.FromSeconds(20));

        var deliveries = await world.DeliveriesAsync();
        Assert.All(deliveries, d => Assert.Equal((DeliveryStatus.DeadLettered, 1), (d.Status, d.Attempts)));
        Assert.Contains("WORKDAY_VALIDATION_FAULT", deliveries[0].LastError, StringComparison.Ordinal);
        Assert.Contains("'21002' is not a valid ID value for type = Employee_ID (wd:Interviewers_Reference/wd:ID)", deliveries[0].LastError, StringComparison.Ordinal);
        Assert.Contains("WORKDAY_REFERENCE_NOT_MAPPED", deliveries[1].LastError, StringComparison.Ordinal);
        Assert.Contains("recommendations.StrongYes", deliveries[1].LastError, StringComparison.Ordinal);
        Assert.Equal(["Put_Interview"], workday.Calls.Select(c => c.Operation));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Workday_throttling_holds_the_installation_and_spends_no_attempts_and_a_flaky_500_is_retried(DatabaseProvider provider)
    {
        using var workday = new FakeWorkday();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, o => o.BatchSize = 1);
        var settings = WorkdayWorld.Settings(workday);
        settings["throttleSeconds"] = "1";
        var world = await WorkdayWorld.CreateAsync(database, host, settings, WorkdayWorld.Secrets());
        workday.ThrottleNext(1, "1");
        for (var candidate = 10; candidate < 13; candidate++)
        {
            await world.RaiseAsync(candidate, IntegrationEventType.InterviewScheduled);
        }

        await world.DrainAsync(TimeSpan.FromSeconds(20));
        workday.ThrottleNext(1, retryAfter: null);
        workday.FailNext = 1;
        await world.RaiseAsync(13, IntegrationEventType.InterviewScheduled);
        await world.DrainAsync(TimeSpan.FromSeconds(20));

        var deliveries = await world.DeliveriesAsync();
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        Assert.Equal([1, 1, 1, 2], deliveries.Select(d => d.Attempts));
        Assert.Equal(2, workday.Throttled);
        Assert.Equal(4, workday.Calls.Count(c => c.Operation == "Put_Interview"));
        Assert.NotNull((await world.InstallationAsync()).ThrottledUntil);
    }

    private static (string? Type, string Id) Id(XElement parent, string element)
    {
        var id = parent.Element(Wd + element)!.Element(Wd + "ID")!;
        return ((string?)id.Attribute(Wd + "type"), id.Value);
    }
}
