namespace Panelist.Api.Interviewers;

/// <summary>Part of a mutation input.</summary>
public sealed record RateCardInput(string Currency, decimal HourlyRate, decimal PerInterviewRate);
