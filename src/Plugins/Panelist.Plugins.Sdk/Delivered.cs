namespace Panelist.Plugins.Sdk;

/// <summary>The ATS accepted the event (or had already accepted it under the same idempotency key).</summary>
/// <param name="ExternalId">The id the ATS gave the record it created (note, activity, interview), or <see langword="null"/> when it returns none.</param>
public sealed record Delivered(string? ExternalId) : DeliveryResult
{
    /// <summary>
    /// What a person must still do in the vendor's own UI because its API cannot (an erasure where the vendor only
    /// lets admins delete candidates); shown to the client on the erasure's receipt. Since SDK 1.1.
    /// </summary>
    public string? ManualStepRequired { get; init; }
}
