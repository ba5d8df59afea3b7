namespace Panelist.Api.Auth;

/// <summary>A validly signed token that does not say who the caller is in Panelist's terms; the message is shown to the caller.</summary>
public sealed class TokenClaimsException(string message) : Exception(message);
