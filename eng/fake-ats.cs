#:sdk Microsoft.NET.Sdk.Web
#:property PublishAot=false

// A fake ATS for the vendor guide's "first delivery in five minutes" (docs/vendor-guide.md):
//   dotnet run eng/fake-ats.cs                 → listens on http://127.0.0.1:5090
//   dotnet run eng/fake-ats.cs -- http://127.0.0.1:6000
// It answers as the template connector expects: GET /api/ping → 200; POST /api/events → 201 {"id":"fake-N"},
// once per Idempotency-Key (a repeat gets the same id back, as vendors that dedupe do); PATCH /api/events/fake-N
// (the template's update of the record an interview's first event created) → 200, or 404 for an unknown id;
// GET /api/events lists what it holds. Each event it receives is printed with its key.
using System.Collections.Concurrent;
using System.Text.Json;

var url = args.Length > 0 ? args[0] : "http://127.0.0.1:5090";
var received = new ConcurrentDictionary<string, Received>(StringComparer.Ordinal);
var builder = WebApplication.CreateBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();

app.MapGet("/api/ping", () => Results.Ok(new { ok = true }));
app.MapGet("/api/events", () => Results.Ok(received.Values.OrderBy(r => r.Number)));
app.MapPost("/api/events", async (HttpRequest request) =>
{
    var key = request.Headers["Idempotency-Key"].ToString();
    if (string.IsNullOrEmpty(key))
    {
        return Results.BadRequest(new { error = "an Idempotency-Key header is required" });
    }

    using var body = await JsonDocument.ParseAsync(request.Body);
    var type = body.RootElement.TryGetProperty("type", out var t) ? t.GetString() : null;
    var isNew = false;
    var stored = received.GetOrAdd(key, _ =>
    {
        isNew = true;
        return new Received(received.Count + 1, key, type, body.RootElement.Clone());
    });
    Console.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} {type} key={key} → fake-{stored.Number}{(isNew ? "" : " (repeat, not stored again)")}");
    return Results.Json(new { id = $"fake-{stored.Number}" }, statusCode: 201);
});

app.MapPatch("/api/events/{id}", async (string id, HttpRequest request) =>
{
    var record = received.Values.FirstOrDefault(r => $"fake-{r.Number}" == id);
    if (record is null)
    {
        return Results.NotFound(new { error = $"no record {id}" });
    }

    using var body = await JsonDocument.ParseAsync(request.Body);
    var type = body.RootElement.TryGetProperty("type", out var t) ? t.GetString() : null;
    record.Updates.Enqueue(body.RootElement.Clone());
    Console.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} {type} key={request.Headers["Idempotency-Key"]} → updated {id}");
    return Results.Json(new { id });
});

Console.WriteLine($"Fake ATS on {url}/api/ — POST events, PATCH events/{{id}}, GET events, GET ping. Ctrl+C stops it.");
app.Run(url);

internal sealed record Received(int Number, string Key, string? Type, JsonElement Event)
{
    public ConcurrentQueue<JsonElement> Updates { get; } = new();
}
