namespace Panelist.Api.Quality;

/// <summary>Part of a mutation input.</summary>
public sealed record AuditFindingInput(string ItemKey, bool Passed, string? Note);
