namespace Panelist.Domain.Candidates;

/// <summary>A candidate's personal data, decrypted for one read. Never stored, logged or cached.</summary>
public sealed record RevealedCandidate(string Name, string Email);
