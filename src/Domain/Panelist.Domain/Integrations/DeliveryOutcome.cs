namespace Panelist.Domain.Integrations;

/// <summary>What became of one delivery attempt, as the dispatcher reports it to <see cref="DeliveryLedger"/>.</summary>
public abstract record DeliveryOutcome
{
    private DeliveryOutcome()
    {
    }

    /// <summary>The ATS has it. <paramref name="ManualStep"/>: what a person must still do in the vendor's own UI (an erasure its API cannot make).</summary>
    public sealed record Delivered(string ExternalId, string? ManualStep = null) : DeliveryOutcome;

    /// <summary>A transient failure: try again, no sooner than <paramref name="NotBefore"/> (the vendor's Retry-After).</summary>
    public sealed record Failed(string Reason, TimeSpan? NotBefore = null) : DeliveryOutcome;

    /// <summary>The ATS refused it for good (validation, unknown candidate…): dead-letter with the reason.</summary>
    public sealed record Refused(string Code, string Reason) : DeliveryOutcome;

    /// <summary>Not attempted (rate limit or open circuit): wait, without spending an attempt.</summary>
    /// <param name="For">How long to wait.</param>
    /// <param name="Reason">Why, kept as the delivery's last error.</param>
    /// <param name="CircuitOpen">True when the installation's calls keep failing: it is shown as FAILING until one succeeds.</param>
    /// <param name="Problem">True when the reason is something an admin should see on the installation (a connector that is not loaded).</param>
    public sealed record Postponed(TimeSpan For, string Reason, bool CircuitOpen = false, bool Problem = false) : DeliveryOutcome;

    /// <summary>
    /// The vendor throttled the installation (429 or Retry-After): no attempt is spent, the circuit is not
    /// touched, and every delivery of the installation waits <paramref name="For"/>, on every replica.
    /// </summary>
    public sealed record Throttled(TimeSpan For, string Reason) : DeliveryOutcome;
}
