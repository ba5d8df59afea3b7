namespace Panelist.Benchmarks;

/// <summary>
/// An ATS stand-in on Kestrel that stores nothing and answers every event after a fixed latency; with a
/// throttle rate, that share of requests is answered 429 with <c>Retry-After: 1</c> instead.
/// </summary>
public sealed class FakeAts : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeAts(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<FakeAts> StartAsync(TimeSpan latency, double throttleRate = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/events", async (HttpContext http) =>
        {
            await Task.Delay(latency);
#pragma warning disable CA5394 // A benchmark's coin toss, not security.
            if (Random.Shared.NextDouble() < throttleRate)
#pragma warning restore CA5394
            {
                http.Response.Headers.RetryAfter = "1";
                return Results.Json(new { error = "rate limited" }, statusCode: 429);
            }

            return Results.Json(new { id = Guid.NewGuid() }, statusCode: 201);
        });
        app.MapGet("/ping", () => Results.Ok());
        await app.StartAsync();
        var address = app.Urls.First();
        return new FakeAts(app, address + "/");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
