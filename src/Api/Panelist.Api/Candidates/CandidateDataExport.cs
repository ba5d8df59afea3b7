namespace Panelist.Api.Candidates;

/// <summary>The result of <c>exportCandidateData</c>.</summary>
public sealed record CandidateDataExport(Guid CandidateId, DateTime GeneratedAt, string Document);
