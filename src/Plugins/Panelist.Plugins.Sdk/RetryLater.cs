namespace Panelist.Plugins.Sdk;

/// <summary>
/// A transient failure: rate limited (429), a 5xx, a timeout, a network error. The host delivers the same
/// event again, with the same idempotency key, until its retry budget is spent.
/// </summary>
/// <param name="After">How long to wait, from the vendor's <c>Retry-After</c>; <see langword="null"/> lets the host back off exponentially.</param>
/// <param name="Reason">What happened, for the delivery log (e.g. <c>HTTP 503 from /v1/notes</c>); never a secret.</param>
public sealed record RetryLater(TimeSpan? After, string Reason) : DeliveryResult;
