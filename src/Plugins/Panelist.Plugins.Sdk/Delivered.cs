namespace Panelist.Plugins.Sdk;

/// <summary>The ATS accepted the event (or had already accepted it under the same idempotency key).</summary>
/// <param name="ExternalId">The id the ATS gave the record it created (note, activity, interview), or <see langword="null"/> when it returns none.</param>
public sealed record Delivered(string? ExternalId) : DeliveryResult;
