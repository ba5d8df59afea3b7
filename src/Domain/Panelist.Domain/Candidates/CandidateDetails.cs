namespace Panelist.Domain.Candidates;

/// <summary>
/// What a recruiter enters about the person interviewed. Name and e-mail are personal data: they are stored only
/// encrypted under the candidate's own key. The ATS candidate id belongs to the candidate; the application id to
/// the one interview's application.
/// </summary>
public sealed record CandidateDetails(string Name, string Email, string? AtsCandidateId, string? AtsApplicationId);
