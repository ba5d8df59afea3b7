using System.Globalization;
using System.Net;

namespace Panelist.Plugins.Sdk.Http;

/// <summary>
/// (SDK 1.1) Reads what a vendor's HTTP answer says about waiting: <c>Retry-After</c>, the
/// <c>X-RateLimit-*</c> headers, and the <see cref="RetryLater"/> a 429 or 503 calls for. Times are
/// relative to the <c>now</c> the caller passes (<c>TimeProvider.GetUtcNow()</c> or
/// <see cref="DateTimeOffset.UtcNow"/>), so the helpers are pure and testable.
/// </summary>
/// <remarks>
/// What the vendors send (the ATS API reference the connectors are built from): Greenhouse Harvest sends <c>X-RateLimit-Limit</c> and
/// <c>X-RateLimit-Remaining</c> on every answer and, on a 429, <c>Retry-After</c> in seconds and
/// <c>X-RateLimit-Reset</c> as a timestamp; Lever and Workday send no rate-limit headers (Lever answers 429
/// bare). So <c>X-RateLimit-Reset</c> is read either way: a number of at least 10^9 is a Unix time in seconds
/// (at least 10^12: in milliseconds), a smaller number is seconds from now, and text is an HTTP or ISO 8601 date.
/// </remarks>
public static class VendorResponse
{
    /// <summary>How long a 429 without any hint holds the installation: about one refill of a per-second token bucket (Lever).</summary>
    public static readonly TimeSpan DefaultThrottle = TimeSpan.FromSeconds(1);

    private const double EpochSeconds = 1e9;
    private const double EpochMilliseconds = 1e12;

    /// <summary><c>Retry-After</c> as a wait from <paramref name="now"/>: delta-seconds (fractions tolerated) or an HTTP date (a past date is no wait).</summary>
    /// <param name="response">The vendor's answer.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The wait, <see cref="TimeSpan.Zero"/> for a date already past, or <see langword="null"/> when the header is absent or unreadable.</returns>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        switch (response.Headers.RetryAfter)
        {
            case { Delta: { } delta }:
                return delta >= TimeSpan.Zero ? delta : null;
            case { Date: { } date }:
                return date > now ? date - now : TimeSpan.Zero;
        }

        // The typed parser refuses fractional seconds ("1.5"), which some vendors send.
        return First(response, "Retry-After") is { } raw && Number(raw) is { } seconds and < EpochSeconds ? TimeSpan.FromSeconds(seconds) : null;
    }

    /// <summary>The <c>X-RateLimit-Limit</c>, <c>-Remaining</c> and <c>-Reset</c> headers (or their unprefixed <c>RateLimit-*</c> forms).</summary>
    /// <param name="response">The vendor's answer.</param>
    /// <param name="now">The current time, for a reset given in seconds from now.</param>
    /// <returns>What the headers say, or <see langword="null"/> when the answer has none of them.</returns>
    public static RateLimitHeaders? RateLimit(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var limit = Header(response, "Limit");
        var remaining = Header(response, "Remaining");
        var reset = Header(response, "Reset");
        if (limit is null && remaining is null && reset is null)
        {
            return null;
        }

        return new RateLimitHeaders { Limit = Count(limit), Remaining = Count(remaining), ResetsAt = Instant(reset, now) };
    }

    /// <summary>
    /// The <see cref="RetryLater"/> a 429 or 503 calls for; <see langword="null"/> for any other status (map it yourself).
    /// A 429 is a throttle: <see cref="RetryLater.ThrottledUntil"/> is <c>Retry-After</c>, else the rate-limit reset,
    /// else <see cref="DefaultThrottle"/> from now. A 503 is a throttle (a maintenance window) when it says how long
    /// to wait; without <c>Retry-After</c> or an exhausted rate limit it is a failure of this delivery, retried with backoff.
    /// </summary>
    /// <param name="response">The vendor's answer.</param>
    /// <param name="now">The current time.</param>
    /// <param name="reason">What happened, for the delivery log; by default the status and the request path. Never a secret.</param>
    /// <returns>The result to return from <see cref="IAtsConnector.DeliverAsync"/>, or <see langword="null"/>.</returns>
    public static RetryLater? ToRetryLater(HttpResponseMessage response, DateTimeOffset now, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
        {
            return null;
        }

        var headers = RateLimit(response, now);
        var untilReset = headers?.ResetsAt is { } resetsAt && (headers.IsExhausted || response.StatusCode == HttpStatusCode.TooManyRequests)
            ? (resetsAt > now ? resetsAt - now : TimeSpan.Zero)
            : (TimeSpan?)null;
        var wait = RetryAfter(response, now) ?? untilReset;
        var what = reason ?? $"HTTP {(int)response.StatusCode} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}".TrimEnd();
        if (wait is null && response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            return new RetryLater(null, what);
        }

        var until = now + (wait ?? DefaultThrottle);
        // No After: the wait is the installation's, not this delivery's, and the host holds every delivery until then.
        return new RetryLater(null, $"{what} (throttled until {until.UtcDateTime.ToString("u", CultureInfo.InvariantCulture)})") { ThrottledUntil = until };
    }

    private static string? Header(HttpResponseMessage response, string suffix) => First(response, "X-RateLimit-" + suffix) ?? First(response, "RateLimit-" + suffix);

    private static string? First(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) ? values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() : null;

    /// <summary>The leading number of <c>50</c>, <c>50, 50;w=10</c> (IETF draft) or <c>1.5</c>; null unless finite and not negative.</summary>
    private static double? Number(string value)
    {
        var head = value.Split([',', ';'], 2)[0].Trim();
        return double.TryParse(head, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) && number >= 0 ? number : null;
    }

    private static int? Count(string? value) => value is not null && Number(value) is { } number && number <= int.MaxValue ? (int)number : null;

    private static DateTimeOffset? Instant(string? value, DateTimeOffset now)
    {
        if (value is null)
        {
            return null;
        }

        if (Number(value) is { } number)
        {
            return number switch
            {
                >= EpochMilliseconds and < 1e15 => DateTimeOffset.FromUnixTimeMilliseconds((long)number),
                >= EpochSeconds and < 1e11 => DateTimeOffset.FromUnixTimeSeconds((long)number),
                < EpochSeconds => now + TimeSpan.FromSeconds(number),
                _ => null,
            };
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }
}
