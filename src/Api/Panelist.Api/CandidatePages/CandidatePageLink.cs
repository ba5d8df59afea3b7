namespace Panelist.Api.CandidatePages;

/// <summary>A link to one interview's candidate page, for staff to send to the candidate.</summary>
public sealed record CandidatePageLink(string Url, DateTimeOffset ExpiresAt);
