using System.Text.Json;
using Panelist.Integrations.Template;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;
using Panelist.Plugins.Sdk.Testing;
using Panelist.Plugins.Tests.Support;
using Panelist.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Panelist.Plugins.Tests.Harness;

/// <summary>The vendor's test harness, used as a vendor would: the template in-process, recorded events, a WireMock ATS.</summary>
public sealed class ConnectorHarnessTests : IDisposable
{
    private static readonly string Recorded = Path.Combine(RepositoryPaths.Root, "tests", "Panelist.Plugins.Tests", "Assets", "recorded-events");

    private readonly WireMockServer _ats = WireMockServer.Start();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public void Dispose()
    {
        _http.Dispose();
        _ats.Stop();
        _ats.Dispose();
    }

    [Fact]
    public async Task Recorded_events_are_delivered_in_file_order_with_the_hosts_idempotency_keys()
    {
        _ats.Given(Request.Create().WithPath("/api/events").UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"id":"n-1"}"""));
        // The harness's store remembers the record the first event created, so the cancellation updates it.
        _ats.Given(Request.Create().WithPath("/api/events/n-1").UsingPatch()).RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        var harness = Harness();

        var records = await harness.DeliverAllAsync(RecordedEvents.LoadFolder(Recorded));

        DeliveryAssert.AllDelivered(records);
        Assert.Equal([IntegrationEventTypes.InterviewScheduled, IntegrationEventTypes.InterviewCancelled], records.Select(r => r.Event.EventType));
        Assert.Equal("0197a7c01111700080000000000000a1:0197a7c000007000800000000000beef", records[0].IdempotencyKey);
        var sent = _ats.LogEntries.Select(e => e.RequestMessage).ToList();
        Assert.Equal(records.Select(r => r.IdempotencyKey), sent.Select(r => r.Headers!["Idempotency-Key"].Single()));
        using var body = JsonDocument.Parse(sent[1].Body!);
        Assert.Equal("Candidate withdrew", body.RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_retried_event_keeps_its_key_and_counts_its_attempts()
    {
        _ats.Given(Request.Create().WithPath("/api/events").UsingPost()).InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("down"));
        _ats.Given(Request.Create().WithPath("/api/events").UsingPost()).InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"id":"n-2"}"""));
        var harness = Harness();

        var result = await harness.DeliverUntilSettledAsync(SampleEvents.InterviewScheduled());

        DeliveryAssert.Delivered(result, "n-2");
        Assert.Equal([1, 2], harness.Deliveries.Select(d => d.Attempt));
        Assert.Single(harness.Deliveries.Select(d => d.IdempotencyKey).Distinct());
        DeliveryAssert.RetryLater(harness.Deliveries[0].Result);
    }

    [Fact]
    public async Task A_failed_check_says_what_the_connector_returned()
    {
        _ats.Given(Request.Create().WithPath("/api/events").UsingPost()).RespondWith(Response.Create().WithStatusCode(422).WithBody("no such application"));
        var harness = Harness();

        var result = await harness.DeliverAsync(SampleEvents.InterviewScheduled());

        DeliveryAssert.Rejected(result, "HTTP_422");
        var failure = Assert.Throws<ConnectorAssertionException>(() => DeliveryAssert.Delivered(result));
        Assert.Equal("Expected Delivered, got Rejected { Code = HTTP_422, Reason = no such application }.", failure.Message);
    }

    [Fact]
    public async Task Settings_are_checked_against_the_schema_first_and_the_context_factory_sees_every_call()
    {
        var calls = new List<HarnessCall>();
        var harness = new ConnectorHarness(new TemplateConnector(), new ConnectorHarnessOptions
        {
            HttpClient = _http,
            Settings = new Dictionary<string, string> { ["baseUrl"] = _ats.Url + "/api/", ["apiKey"] = "k", ["colour"] = "blue" },
            ContextFactory = call =>
            {
                calls.Add(call);
                return call.ToContext();
            },
        });
        _ats.Given(Request.Create().WithPath("/api/ping").UsingGet()).RespondWith(Response.Create().WithStatusCode(200));

        var validation = await harness.ValidateSettingsAsync();
        var check = await harness.CheckConnectionAsync();

        Assert.Equal([new SettingError("colour", "'colour' is not a setting of Template ATS.")], validation.Errors);
        Assert.Equal(ConnectionCheckResult.Ok(), check);
        Assert.Null(Assert.Single(calls).IdempotencyKey);
    }

    [Fact]
    public void A_recorded_event_round_trips_through_the_recorded_shape()
    {
        var scheduled = SampleEvents.InterviewScheduled();

        var json = RecordedEvents.Serialize(scheduled);

        Assert.StartsWith("{\n  \"type\": \"interview.scheduled\",", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(scheduled, RecordedEvents.Parse(json));
    }

    private ConnectorHarness Harness() => new(new TemplateConnector(), new ConnectorHarnessOptions
    {
        HttpClient = _http,
        Settings = new Dictionary<string, string> { ["baseUrl"] = _ats.Url + "/api/", ["apiKey"] = "secret-key" },
    });
}
