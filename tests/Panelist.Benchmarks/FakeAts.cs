namespace Panelist.Benchmarks;

/// <summary>An ATS stand-in on Kestrel that stores nothing and answers every event after a fixed latency.</summary>
public sealed class FakeAts : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeAts(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<FakeAts> StartAsync(TimeSpan latency)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/events", async () =>
        {
            await Task.Delay(latency);
            return Results.Json(new { id = Guid.NewGuid() }, statusCode: 201);
        });
        app.MapGet("/ping", () => Results.Ok());
        await app.StartAsync();
        var address = app.Urls.First();
        return new FakeAts(app, address + "/");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
