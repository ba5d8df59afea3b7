namespace Panelist.Api.Interviews;

/// <summary>Part of a mutation input.</summary>
public sealed record CandidateInput(string Name, string Email, string? AtsCandidateId, string? AtsApplicationId);
