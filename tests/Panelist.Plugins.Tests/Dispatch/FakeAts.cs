using System.Collections.Concurrent;
using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Panelist.Plugins.Tests.Dispatch;

/// <summary>
/// A flaky ATS on a real port: at random it answers 429 with Retry-After, 500, 503, or too slowly;
/// otherwise it stores the event once per Idempotency-Key (later copies are acknowledged, not stored),
/// as vendors that dedupe do. Tests can also make it throttle everything for a while, refuse some events,
/// or answer with an id of their choosing.
/// </summary>
internal sealed class FakeAts : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly Random _random = new(7);

    private readonly double _failureRate;
    private readonly TimeSpan _slowResponse;

    public FakeAts(double failureRate, TimeSpan slowResponse)
    {
        _failureRate = failureRate;
        _slowResponse = slowResponse;
        _server.Given(Request.Create().WithPath("/events").UsingPost()).RespondWith(Response.Create().WithCallback(request => Answer(request, null)));
        // Later events about an interview update the record its first event created (the template keeps that id in its store).
        _server.Given(Request.Create().WithPath("/events/*").UsingPatch())
            .RespondWith(Response.Create().WithCallback(request => Answer(request, Uri.UnescapeDataString(request.Path["/events/".Length..]))));
    }

    private WireMock.ResponseMessage Answer(WireMock.IRequestMessage request, string? updated)
    {
        if (Interlocked.Increment(ref _requests) == 1 && StormLength > TimeSpan.Zero)
        {
            ThrottleAllUntil = DateTimeOffset.UtcNow + StormLength;
        }

        if (Down)
        {
            return new WireMock.ResponseMessage { StatusCode = 503, BodyData = Body("""{"error":"down"}""") };
        }

        Arrivals.Enqueue(DateTimeOffset.UtcNow);
        if (_requests == 1 && ExhaustedFor > TimeSpan.Zero)
        {
            // X-RateLimit-Reset is whole Unix seconds, so the window ends on a second.
            ExhaustedUntil = DateTimeOffset.FromUnixTimeSeconds((long)Math.Ceiling((DateTimeOffset.UtcNow + ExhaustedFor).ToUnixTimeMilliseconds() / 1000.0));
        }

        if (DateTimeOffset.UtcNow < ExhaustedUntil)
        {
            Interlocked.Increment(ref _throttled);
            var headers = Header("X-RateLimit-Remaining", "0");
            headers["X-RateLimit-Reset"] = new WireMock.Types.WireMockList<string>(ExhaustedUntil.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            return new WireMock.ResponseMessage { StatusCode = 503, Headers = headers, BodyData = Body("""{"error":"allowance used up"}""") };
        }

        if (DateTimeOffset.UtcNow < ThrottleAllUntil)
        {
            Interlocked.Increment(ref _throttled);
            return new WireMock.ResponseMessage { StatusCode = 429, Headers = Header("Retry-After", "1"), BodyData = Body("""{"error":"maintenance"}""") };
        }

        using var body = JsonDocument.Parse(request.Body!);
        if (Refuse?.Invoke(body.RootElement) == true)
        {
            return new WireMock.ResponseMessage { StatusCode = 422, BodyData = Body("""{"error":"refused"}""") };
        }

        double roll;
        lock (_random)
        {
            roll = _random.NextDouble();
        }

        if (roll < _failureRate * 0.4)
        {
            return new WireMock.ResponseMessage { StatusCode = 429, Headers = Header("Retry-After", "1"), BodyData = Body("""{"error":"rate limited"}""") };
        }

        if (roll < _failureRate * 0.7)
        {
            return new WireMock.ResponseMessage { StatusCode = roll < _failureRate * 0.55 ? 500 : 503, BodyData = Body("""{"error":"unavailable"}""") };
        }

        if (roll < _failureRate)
        {
            Thread.Sleep(_slowResponse);
        }

        var key = request.Headers!["Idempotency-Key"].Single();
        using var json = JsonDocument.Parse(request.Body!);
        var stored = new StoredEvent(key, json.RootElement.GetProperty("type").GetString()!,
            json.RootElement.TryGetProperty("interviewId", out var id) ? id.GetGuid() : Guid.Empty, Interlocked.Increment(ref _sequence), updated,
            json.RootElement.Clone());
        Stored.TryAdd(key, stored);
        var externalId = updated ?? IdFor?.Invoke(json.RootElement) ?? $"ext-{Stored[key].Sequence}";
        return new WireMock.ResponseMessage { StatusCode = updated is null ? 201 : 200, BodyData = Body(JsonSerializer.Serialize(new { id = externalId })) };
    }

    private int _requests;
    private int _throttled;
    private int _sequence;

    /// <summary>Until then every request is answered 429 with Retry-After: 1, as during a vendor's maintenance window.</summary>
    public DateTimeOffset ThrottleAllUntil
    {
        get => new(Interlocked.Read(ref _throttleAllUntilTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _throttleAllUntilTicks, value.UtcTicks);
    }

    // Ticks rather than the struct itself: the callback threads read it while the first request writes it.
    private long _throttleAllUntilTicks = DateTimeOffset.MinValue.UtcTicks;

    /// <summary>
    /// A maintenance window that opens with the first request, however late that comes: a window fixed
    /// on the wall clock before the database and host start can close before anything calls on a busy machine.
    /// </summary>
    public TimeSpan StormLength { get; init; }

    /// <summary>While true, every request is answered 503 (an outage, not a throttle).</summary>
    public bool Down
    {
        get => Volatile.Read(ref _down);
        set => Volatile.Write(ref _down, value);
    }

    private bool _down;

    /// <summary>
    /// From the first request on, for this long, every request is answered 503 with <c>X-RateLimit-Remaining: 0</c> and
    /// <c>X-RateLimit-Reset</c> (Unix seconds) but no <c>Retry-After</c>: a throttle only the connector can read.
    /// </summary>
    public TimeSpan ExhaustedFor { get; init; }

    /// <summary>When the window of <see cref="ExhaustedFor"/> ends, once the first request opened it.</summary>
    public DateTimeOffset ExhaustedUntil { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>When each request arrived, in order.</summary>
    public ConcurrentQueue<DateTimeOffset> Arrivals { get; } = new();

    /// <summary>Events for which it answers 422.</summary>
    public Func<JsonElement, bool>? Refuse { get; set; }

    /// <summary>The id it answers with for an event, when not the default <c>ext-N</c>.</summary>
    public Func<JsonElement, string?>? IdFor { get; set; }

    public int Throttled => _throttled;

    public string BaseUrl => _server.Url! + "/";

    public int Requests => _requests;

    /// <summary>Events the ATS holds, once per idempotency key, with the order they first arrived in.</summary>
    public ConcurrentDictionary<string, StoredEvent> Stored { get; } = new(StringComparer.Ordinal);

    public void Dispose() => _server.Stop();

    private static Dictionary<string, WireMock.Types.WireMockList<string>> Header(string name, string value) =>
        new() { [name] = new WireMock.Types.WireMockList<string>(value) };

    private static WireMock.Util.BodyData Body(string json) =>
        new() { BodyAsString = json, DetectedBodyType = WireMock.Types.BodyType.String, Encoding = System.Text.Encoding.UTF8 };

    /// <param name="Updated">The record a PATCH updated; null for a create (POST).</param>
    /// <param name="Body">The request body as the ATS received it.</param>
    public sealed record StoredEvent(string Key, string Type, Guid InterviewId, int Sequence, string? Updated, JsonElement Body);
}
