namespace Panelist.Domain.Interviewers;

/// <summary>What an interviewer charges, in one ISO 4217 currency.</summary>
public sealed record RateCard(string Currency, decimal HourlyRate, decimal PerInterviewRate);
