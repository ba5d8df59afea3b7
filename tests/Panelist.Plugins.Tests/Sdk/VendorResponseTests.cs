using System.Net;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Http;

namespace Panelist.Plugins.Tests.Sdk;

/// <summary>The SDK's reading of Retry-After and X-RateLimit-* headers, relative to a fixed now.</summary>
public sealed class VendorResponseTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("120", 120)]
    [InlineData("0", 0)]
    [InlineData("1.5", 1.5)]
    public void Retry_After_in_seconds_is_that_wait(string header, double seconds)
    {
        using var response = Answer(HttpStatusCode.TooManyRequests, ("Retry-After", header));

        Assert.Equal(TimeSpan.FromSeconds(seconds), VendorResponse.RetryAfter(response, Now));
    }

    [Fact]
    public void Retry_After_as_an_HTTP_date_is_the_wait_from_now()
    {
        using var response = Answer(HttpStatusCode.ServiceUnavailable, ("Retry-After", "Mon, 02 Mar 2026 10:01:30 GMT"));

        Assert.Equal(TimeSpan.FromSeconds(90), VendorResponse.RetryAfter(response, Now));
    }

    [Fact]
    public void Retry_After_as_a_past_date_is_no_wait()
    {
        using var response = Answer(HttpStatusCode.TooManyRequests, ("Retry-After", "Mon, 02 Mar 2026 09:59:00 GMT"));

        Assert.Equal(TimeSpan.Zero, VendorResponse.RetryAfter(response, Now));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("")]
    [InlineData("NaN")]
    [InlineData("Tuesday at noon")]
    public void Garbage_in_Retry_After_is_no_answer(string header)
    {
        using var response = Answer(HttpStatusCode.TooManyRequests, ("Retry-After", header));

        Assert.Null(VendorResponse.RetryAfter(response, Now));
    }

    [Fact]
    public void No_Retry_After_is_no_answer()
    {
        using var response = Answer(HttpStatusCode.TooManyRequests);

        Assert.Null(VendorResponse.RetryAfter(response, Now));
        Assert.Null(VendorResponse.RateLimit(response, Now));
    }

    [Theory]
    [InlineData("1772445630", 30)] // Unix seconds (Greenhouse's "timestamp")
    [InlineData("1772445630000", 30)] // Unix milliseconds
    [InlineData("30", 30)] // seconds from now
    [InlineData("Mon, 02 Mar 2026 10:00:30 GMT", 30)]
    [InlineData("2026-03-02T10:00:30Z", 30)]
    public void X_RateLimit_Reset_is_read_as_epoch_seconds_from_now_or_a_date(string reset, int secondsFromNow)
    {
        using var response = Answer(HttpStatusCode.OK, ("X-RateLimit-Limit", "50"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset));

        var headers = VendorResponse.RateLimit(response, Now);

        Assert.Equal(new RateLimitHeaders { Limit = 50, Remaining = 0, ResetsAt = Now.AddSeconds(secondsFromNow) }, headers);
        Assert.True(headers!.IsExhausted);
    }

    [Fact]
    public void Unreadable_rate_limit_headers_are_null_fields_and_the_IETF_form_is_read_too()
    {
        using var garbage = Answer(HttpStatusCode.OK, ("X-RateLimit-Limit", "lots"), ("X-RateLimit-Remaining", "-1"), ("X-RateLimit-Reset", "whenever"));
        using var ietf = Answer(HttpStatusCode.OK, ("RateLimit-Limit", "100, 100;w=60"), ("RateLimit-Remaining", "42"));

        Assert.Equal(new RateLimitHeaders(), VendorResponse.RateLimit(garbage, Now));
        Assert.Equal(new RateLimitHeaders { Limit = 100, Remaining = 42 }, VendorResponse.RateLimit(ietf, Now));
        Assert.False(VendorResponse.RateLimit(ietf, Now)!.IsExhausted);
    }

    [Fact]
    public void A_429_with_Retry_After_is_throttled_until_then()
    {
        using var response = Answer(HttpStatusCode.TooManyRequests, ("Retry-After", "20"), ("X-RateLimit-Reset", "1772445700"));

        var later = VendorResponse.ToRetryLater(response, Now, "rate limited");

        Assert.Equal(Now.AddSeconds(20), later!.ThrottledUntil);
        Assert.Null(later.After);
        Assert.Equal("rate limited (throttled until 2026-03-02 10:00:20Z)", later.Reason);
    }

    [Fact]
    public void A_429_with_only_a_reset_is_throttled_until_the_reset_and_a_bare_429_for_the_default_second()
    {
        using var reset = Answer(HttpStatusCode.TooManyRequests, ("X-RateLimit-Reset", "1772445645"));
        using var bare = Answer(HttpStatusCode.TooManyRequests);

        Assert.Equal(Now.AddSeconds(45), VendorResponse.ToRetryLater(reset, Now)!.ThrottledUntil);
        Assert.Equal(Now + VendorResponse.DefaultThrottle, VendorResponse.ToRetryLater(bare, Now)!.ThrottledUntil);
    }

    [Fact]
    public void A_429_whose_Retry_After_date_is_past_is_throttled_until_now()
    {
        using var response = Answer(HttpStatusCode.TooManyRequests, ("Retry-After", "Mon, 02 Mar 2026 09:00:00 GMT"));

        Assert.Equal(Now, VendorResponse.ToRetryLater(response, Now)!.ThrottledUntil);
    }

    [Fact]
    public void A_503_that_says_how_long_is_a_throttle_and_a_bare_503_a_failure_of_the_delivery()
    {
        using var window = Answer(HttpStatusCode.ServiceUnavailable, ("Retry-After", "300"));
        using var exhausted = Answer(HttpStatusCode.ServiceUnavailable, ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "60"));
        using var notExhausted = Answer(HttpStatusCode.ServiceUnavailable, ("X-RateLimit-Remaining", "3"), ("X-RateLimit-Reset", "60"));
        using var bare = Answer(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(Now.AddMinutes(5), VendorResponse.ToRetryLater(window, Now)!.ThrottledUntil);
        Assert.Equal(Now.AddSeconds(60), VendorResponse.ToRetryLater(exhausted, Now)!.ThrottledUntil);
        Assert.Equal(new RetryLater(null, "HTTP 503 from POST /v1/notes"), VendorResponse.ToRetryLater(notExhausted, Now));
        Assert.Equal(new RetryLater(null, "HTTP 503 from POST /v1/notes"), VendorResponse.ToRetryLater(bare, Now));
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadRequest)]
    public void Other_statuses_are_left_to_the_connector(HttpStatusCode status)
    {
        using var response = Answer(status, ("Retry-After", "5"));

        Assert.Null(VendorResponse.ToRetryLater(response, Now));
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { RequestMessage = new HttpRequestMessage(HttpMethod.Post, "https://ats.example.com/v1/notes") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
