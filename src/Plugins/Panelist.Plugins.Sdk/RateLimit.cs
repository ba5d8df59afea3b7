namespace Panelist.Plugins.Sdk;

/// <summary>The vendor's rate limit: at most <paramref name="Requests"/> calls per <paramref name="Period"/> per installation.</summary>
/// <param name="Requests">The number of calls allowed in one period; positive.</param>
/// <param name="Period">The length of the period; positive.</param>
public sealed record RateLimit(int Requests, TimeSpan Period);
