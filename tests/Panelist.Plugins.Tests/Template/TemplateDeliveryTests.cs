using System.Text.Json;
using Panelist.Plugins.Hosting;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Panelist.Plugins.Tests.Template;

/// <summary>The real template build, loaded by the host, against a fake ATS over real HTTP.</summary>
public sealed class TemplateDeliveryTests : IAsyncLifetime, IDisposable
{
    private readonly WireMockServer _ats = WireMockServer.Start();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private PluginCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.LoadAsync(Path.GetDirectoryName(PluginBuilds.Template)!);

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    public void Dispose()
    {
        _http.Dispose();
        _ats.Stop();
        _ats.Dispose();
    }

    [Fact]
    public async Task A_2xx_is_Delivered_with_the_ATS_id_and_the_request_carries_the_idempotency_key_and_the_event()
    {
        Answer(Response.Create().WithStatusCode(201).WithBody("""{"id":"note-123"}"""));

        var result = await DeliverAsync();

        Assert.Equal(new Delivered("note-123"), result);
        var request = Assert.Single(_ats.LogEntries).RequestMessage;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/api/events", request.Path);
        Assert.Equal("evt-1.inst-1", request.Headers!["Idempotency-Key"].Single());
        Assert.Equal("Bearer secret-key", request.Headers["Authorization"].Single());
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("interview.scheduled", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("app-99", body.RootElement.GetProperty("ats").GetProperty("applicationId").GetString());
        Assert.Equal("Ada Lovelace", body.RootElement.GetProperty("interviewerName").GetString());
    }

    [Fact]
    public async Task A_429_with_Retry_After_throttles_the_installation_for_that_many_seconds()
    {
        Answer(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "7").WithBody("slow down"));
        var before = DateTimeOffset.UtcNow;

        var result = Assert.IsType<RetryLater>(await DeliverAsync());

        Assert.Null(result.After);
        Assert.InRange(result.ThrottledUntil!.Value, before.AddSeconds(7), DateTimeOffset.UtcNow.AddSeconds(7));
        Assert.StartsWith("HTTP 429: slow down (throttled until ", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_503_with_an_exhausted_rate_limit_throttles_the_installation_until_the_reset()
    {
        var reset = DateTimeOffset.UtcNow.AddMinutes(2);
        Answer(Response.Create().WithStatusCode(503).WithHeader("X-RateLimit-Remaining", "0")
            .WithHeader("X-RateLimit-Reset", reset.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)).WithBody("maintenance"));

        var result = Assert.IsType<RetryLater>(await DeliverAsync());

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(reset.ToUnixTimeSeconds()), result.ThrottledUntil);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_5xx_is_RetryLater(int status)
    {
        Answer(Response.Create().WithStatusCode(status).WithBody("oops"));

        var result = await DeliverAsync();

        Assert.Equal(new RetryLater(null, $"HTTP {status}: oops"), result);
    }

    [Fact]
    public async Task A_response_slower_than_the_HttpClient_timeout_is_RetryLater()
    {
        Answer(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(3)));
        using var impatient = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };

        var result = await DeliverAsync(impatient);

        Assert.Equal(new RetryLater(null, "the ATS did not answer in time"), result);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(422)]
    public async Task Another_4xx_is_Rejected_with_the_status_and_the_ATS_message(int status)
    {
        Answer(Response.Create().WithStatusCode(status).WithBody("""{"error":"application closed"}"""));

        var result = await DeliverAsync();

        Assert.Equal(new Rejected($"HTTP_{status}", """{"error":"application closed"}"""), result);
    }

    [Fact]
    public async Task An_unreachable_ATS_is_RetryLater()
    {
        var settings = Settings("http://127.0.0.1:1/api");

        var result = await _catalog.DeliverAsync("template", TestCatalog.Context(settings, _http, "evt-1.inst-1"), SampleEvents.InterviewScheduled(), CancellationToken.None);

        Assert.StartsWith("network error:", Assert.IsType<RetryLater>(result).Reason);
    }

    [Fact]
    public async Task The_connection_check_calls_ping_with_the_API_key()
    {
        _ats.Given(Request.Create().WithPath("/api/ping").UsingGet().WithHeader("Authorization", "Bearer secret-key"))
            .RespondWith(Response.Create().WithStatusCode(200));
        _ats.Given(Request.Create().WithPath("/bad/ping").UsingGet()).RespondWith(Response.Create().WithStatusCode(401));

        var ok = await _catalog.CheckConnectionAsync("template", TestCatalog.Context(Settings(_ats.Url + "/api"), _http), CancellationToken.None);
        var refused = await _catalog.CheckConnectionAsync("template", TestCatalog.Context(Settings(_ats.Url + "/bad"), _http), CancellationToken.None);

        Assert.Equal(ConnectionCheckResult.Ok(), ok);
        Assert.Equal(ConnectionCheckResult.Failed("The ATS answered 401 Unauthorized to GET ping."), refused);
    }

    [Fact]
    public async Task Settings_need_an_absolute_http_base_url_and_an_api_key()
    {
        var missing = await _catalog.ValidateSettingsAsync("template", new Dictionary<string, string> { ["baseUrl"] = "https://ats.example.com" }, CancellationToken.None);
        var relative = await _catalog.ValidateSettingsAsync("template", Settings("ats.example.com"), CancellationToken.None);
        var valid = await _catalog.ValidateSettingsAsync("template", Settings("https://ats.example.com/api"), CancellationToken.None);

        Assert.Equal([new SettingError("apiKey", "API key is required.")], missing.Errors);
        Assert.Equal([new SettingError("baseUrl", "Base URL must be an absolute http or https URL.")], relative.Errors);
        Assert.True(valid.IsValid);
    }

    private void Answer(IResponseBuilder response) =>
        _ats.Given(Request.Create().WithPath("/api/events").UsingPost()).RespondWith(response);

    private Task<DeliveryResult> DeliverAsync(HttpClient? http = null) =>
        _catalog.DeliverAsync("template", TestCatalog.Context(Settings(_ats.Url + "/api"), http ?? _http, "evt-1.inst-1"), SampleEvents.InterviewScheduled(), CancellationToken.None);

    private static Dictionary<string, string> Settings(string baseUrl) => new() { ["baseUrl"] = baseUrl, ["apiKey"] = "secret-key" };
}
