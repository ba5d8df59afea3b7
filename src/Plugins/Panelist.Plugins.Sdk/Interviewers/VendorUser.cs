namespace Panelist.Plugins.Sdk.Interviewers;

/// <summary>An interviewer as the vendor knows them: at least one of the two is set. Prefer <see cref="UserId"/>.</summary>
public sealed record VendorUser
{
    /// <summary>The vendor's user id a client admin mapped the interviewer to; <see langword="null"/> when unmapped.</summary>
    public string? UserId { get; init; }

    /// <summary>
    /// The installation's relay address for the interviewer (e.g. <c>interviewer-{id}@relay.example.com</c>), for
    /// vendors that accept addresses that are not users; <see langword="null"/> when no pattern is configured.
    /// </summary>
    public string? RelayAddress { get; init; }
}
