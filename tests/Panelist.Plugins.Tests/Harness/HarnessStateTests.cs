using System.Text.Json;
using Panelist.Integrations.Template;
using Panelist.Plugins.Sdk.Events;
using Panelist.Plugins.Sdk.State;
using Panelist.Plugins.Sdk.Testing;
using Panelist.Plugins.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Panelist.Plugins.Tests.Harness;

/// <summary>The harness's in-memory store and interviewer directory, as a vendor's tests of a store-using connector see them.</summary>
public sealed class HarnessStateTests : IDisposable
{
    private readonly WireMockServer _ats = WireMockServer.Start();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public void Dispose()
    {
        _http.Dispose();
        _ats.Stop();
        _ats.Dispose();
    }

    [Fact]
    public async Task What_a_connector_stored_before_a_RetryLater_is_there_on_the_replay()
    {
        _ats.Given(Request.Create().WithPath("/create").UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBody("rec-1"));
        _ats.Given(Request.Create().WithPath("/attach/rec-1").UsingPost()).InScenario("attach").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503));
        _ats.Given(Request.Create().WithPath("/attach/rec-1").UsingPost()).InScenario("attach").WhenStateIs("up")
            .RespondWith(Response.Create().WithStatusCode(200));
        var store = new InMemoryConnectorStore();
        using var http = new HttpClient { BaseAddress = new Uri(_ats.Url + "/") };
        var harness = new ConnectorHarness(new TwoStepConnector(), new ConnectorHarnessOptions { HttpClient = http, Store = store });
        var scheduled = SampleEvents.InterviewScheduled();

        var result = await harness.DeliverUntilSettledAsync(scheduled);

        DeliveryAssert.Delivered(result, "rec-1");
        Assert.Equal([1, 2], harness.Deliveries.Select(d => d.Attempt));
        DeliveryAssert.RetryLater(harness.Deliveries[0].Result);
        Assert.Equal(["/create", "/attach/rec-1", "/attach/rec-1"], _ats.LogEntries.Select(e => e.RequestMessage.Path));
        Assert.Equal(new Dictionary<string, string> { [$"created:{scheduled.EventId:N}"] = "rec-1" }, store.Values);
    }

    [Fact]
    public async Task The_template_updates_the_record_it_created_and_forgets_it_once_the_interview_is_cancelled()
    {
        _ats.Given(Request.Create().WithPath("/api/events").UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"id":"r-1"}"""));
        _ats.Given(Request.Create().WithPath("/api/events/r-1").UsingPatch()).RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        var store = new InMemoryConnectorStore();
        var harness = Template(store, new InMemoryInterviewerDirectory());
        var scheduled = SampleEvents.InterviewScheduled();

        DeliveryAssert.Delivered(await harness.DeliverAsync(scheduled), "r-1");
        Assert.Equal(new Dictionary<string, string> { [$"interview:{scheduled.InterviewId:N}"] = "r-1" }, store.Values);
        DeliveryAssert.Delivered(await harness.DeliverAsync(Cancelled(scheduled)), "r-1");

        Assert.Equal(["POST /api/events", "PATCH /api/events/r-1"], _ats.LogEntries.Select(e => $"{e.RequestMessage.Method} {e.RequestMessage.Path}"));
        Assert.Empty(store.Values);
    }

    [Fact]
    public async Task The_template_names_the_mapped_vendor_user_else_the_relay_address_from_the_harness_directory()
    {
        _ats.Given(Request.Create().WithPath("/api/events").UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"id":"r-1"}"""));
        var mapped = Guid.Parse("0197a7c0-6666-7000-8000-000000000001");
        var unmapped = Guid.Parse("0197a7c0-6666-7000-8000-000000000002");
        var directory = new InMemoryInterviewerDirectory { RelayAddressPattern = "interviewer-{interviewerId}@relay.example.com" }.Map(mapped, "gh-4711");
        var harness = Template(new InMemoryConnectorStore(), directory);

        await harness.DeliverAsync(SampleEvents.InterviewScheduled() with { InterviewerId = mapped });
        await harness.DeliverAsync(SampleEvents.InterviewScheduled() with { EventId = Guid.NewGuid(), InterviewId = Guid.NewGuid(), InterviewerId = unmapped });

        var bodies = _ats.LogEntries.Select(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement).ToList();
        Assert.Equal("gh-4711", bodies[0].GetProperty("interviewerUserId").GetString());
        Assert.False(bodies[1].TryGetProperty("interviewerUserId", out _));
        Assert.Equal($"interviewer-{unmapped:D}@relay.example.com", bodies[1].GetProperty("interviewerEmail").GetString());
    }

    [Fact]
    public async Task Without_a_store_or_a_directory_the_template_posts_every_event_as_on_a_1_0_host()
    {
        _ats.Given(Request.Create().WithPath("/api/events").UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"id":"r-1"}"""));
        var harness = Template(store: null, directory: null);
        var scheduled = SampleEvents.InterviewScheduled() with { InterviewerId = Guid.NewGuid() };

        await harness.DeliverAllAsync([scheduled, Cancelled(scheduled)]);

        DeliveryAssert.AllDelivered(harness.Deliveries);
        Assert.Equal(["POST", "POST"], _ats.LogEntries.Select(e => e.RequestMessage.Method));
        Assert.All(_ats.LogEntries, e => Assert.DoesNotContain("interviewerUserId", e.RequestMessage.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_in_memory_store_refuses_what_the_host_refuses_and_then_holds_nothing()
    {
        var store = new InMemoryConnectorStore();

        var longKey = await Assert.ThrowsAsync<ArgumentException>(() => store.SetAsync(new string('k', ConnectorStoreLimits.MaxKeyLength + 1), "v", default));
        var longValue = await Assert.ThrowsAsync<ArgumentException>(() => store.SetAsync("k", new string('v', ConnectorStoreLimits.MaxValueLength + 1), default));
        await store.SetAsync(new string('k', ConnectorStoreLimits.MaxKeyLength), new string('v', ConnectorStoreLimits.MaxValueLength), default);
        await store.SetJsonAsync("token", new { access = "a-1" }, default);

        Assert.Equal("key", longKey.ParamName);
        Assert.Equal("value", longValue.ParamName);
        Assert.Equal(2, store.Values.Count);
        Assert.Equal("""{"access":"a-1"}""", await store.GetAsync("token", default));
        Assert.True(await store.RemoveAsync("token", default));
        Assert.False(await store.RemoveAsync("token", default));
    }

    private static InterviewCancelled Cancelled(InterviewScheduled scheduled) => new()
    {
        EventId = Guid.NewGuid(),
        OccurredAt = scheduled.OccurredAt.AddHours(1),
        OrganizationId = scheduled.OrganizationId,
        Ats = scheduled.Ats,
        InterviewId = scheduled.InterviewId,
        EngagementId = scheduled.EngagementId,
        InterviewerId = scheduled.InterviewerId,
        Reason = "Candidate withdrew",
    };

    private ConnectorHarness Template(InMemoryConnectorStore? store, InMemoryInterviewerDirectory? directory) => new(new TemplateConnector(), new ConnectorHarnessOptions
    {
        HttpClient = _http,
        Settings = new Dictionary<string, string> { ["baseUrl"] = _ats.Url + "/api/", ["apiKey"] = "k" },
        Store = store,
        Interviewers = directory,
    });
}
