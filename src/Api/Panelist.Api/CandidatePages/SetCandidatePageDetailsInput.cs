using GraphQL;

namespace Panelist.Api.CandidatePages;

/// <summary>Null clears a field: the page then says the joining details come later, shows UTC (or the link's ?tz=), and English (or ?lang=).</summary>
public sealed record SetCandidatePageDetailsInput([property: Id] string InterviewId, string? JoinUrl, string? CandidateTimeZone, string? CandidateLanguage);
