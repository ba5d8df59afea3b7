namespace Panelist.Plugins.Sdk.Http;

/// <summary>(SDK 1.1) What a vendor's <c>X-RateLimit-*</c> (or IETF <c>RateLimit-*</c>) headers say; read with <see cref="VendorResponse.RateLimit"/>.</summary>
public sealed record RateLimitHeaders
{
    /// <summary><c>X-RateLimit-Limit</c>: requests allowed per window; <see langword="null"/> when absent or unreadable.</summary>
    public int? Limit { get; init; }

    /// <summary><c>X-RateLimit-Remaining</c>: requests left in the current window; <see langword="null"/> when absent or unreadable.</summary>
    public int? Remaining { get; init; }

    /// <summary><c>X-RateLimit-Reset</c> as an instant, whichever way the vendor wrote it; <see langword="null"/> when absent or unreadable.</summary>
    public DateTimeOffset? ResetsAt { get; init; }

    /// <summary>True when the vendor said no request is left in the window.</summary>
    public bool IsExhausted => Remaining is <= 0;
}
