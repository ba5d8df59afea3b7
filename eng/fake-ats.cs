#:sdk Microsoft.NET.Sdk.Web
#:property PublishAot=false

// A fake ATS for the vendor guide's "first delivery in five minutes" (docs/vendor-guide.md):
//   dotnet run eng/fake-ats.cs                 → listens on http://127.0.0.1:5090
//   dotnet run eng/fake-ats.cs -- http://127.0.0.1:6000
// It answers as the template connector expects: GET /api/ping → 200; POST /api/events → 201 {"id":"fake-N"},
// once per Idempotency-Key (a repeat gets the same id back, as vendors that dedupe do); GET /api/events lists
// what it holds. Each event it receives is printed with its key.
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

Console.WriteLine($"Fake ATS on {url}/api/ — POST events, GET events, GET ping. Ctrl+C stops it.");
app.Run(url);

internal sealed record Received(int Number, string Key, string? Type, JsonElement Event);
