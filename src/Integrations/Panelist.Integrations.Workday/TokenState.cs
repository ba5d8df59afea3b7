namespace Panelist.Integrations.Workday;

/// <summary>
/// What the store keeps of the OAuth grant, as one value so that the newest refresh token and the access token it
/// came with are written together. <see cref="Origin"/> is a fingerprint of the refresh token saved in the settings
/// the chain started from: a new one saved by an admin starts a new chain instead of being shadowed by the stored one.
/// </summary>
internal sealed record TokenState(string Origin, string RefreshToken, string AccessToken, DateTimeOffset ExpiresAt);
