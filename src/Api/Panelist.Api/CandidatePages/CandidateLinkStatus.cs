namespace Panelist.Api.CandidatePages;

public enum CandidateLinkStatus
{
    Valid,

    /// <summary>Authentic but past its expiry: the page says so (410).</summary>
    Expired,

    /// <summary>Not one of ours: tampered, truncated, or made with a key we never had (404).</summary>
    Invalid,
}
