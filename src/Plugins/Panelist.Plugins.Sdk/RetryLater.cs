namespace Panelist.Plugins.Sdk;

/// <summary>
/// A transient failure: rate limited (429), a 5xx, a timeout, a network error. The host delivers the same
/// event again, with the same idempotency key, until its retry budget is spent.
/// </summary>
/// <param name="After">How long to wait, from the vendor's <c>Retry-After</c>; <see langword="null"/> lets the host back off exponentially.</param>
/// <param name="Reason">What happened, for the delivery log (e.g. <c>HTTP 503 from /v1/notes</c>); never a secret.</param>
public sealed record RetryLater(TimeSpan? After, string Reason) : DeliveryResult
{
    /// <summary>
    /// (SDK 1.1) The vendor throttled the installation (a 429, a maintenance window, a used-up rate allowance)
    /// until this time. The host then holds every delivery of the installation, on every server, until it
    /// passes; a throttle spends no attempt of the retry budget and does not count towards the circuit
    /// breaker. <see langword="null"/> for a failure of this one delivery.
    /// <see cref="Http.VendorResponse.ToRetryLater"/> sets it from the vendor's headers.
    /// </summary>
    public DateTimeOffset? ThrottledUntil { get; init; }
}
