namespace Panelist.Domain.Metrics;

/// <summary>
/// What to measure: the caller's organization (always, from the request), optionally one engagement,
/// and the half-open window [<see cref="From"/>, <see cref="To"/>). Missing bounds default to the 30 days
/// up to now (<see cref="MetricsCalculator.DefaultWindow"/>).
/// </summary>
public sealed record MetricsScope(Guid? EngagementId = null, DateTime? From = null, DateTime? To = null);
