namespace Panelist.Benchmarks;

/// <summary>
/// One representative request, as a GraphQL document and as the equivalent hand-written twin URL, sent with
/// <paramref name="Token"/>; <paramref name="PlanSql"/> is the main SQL the API sends for it (for <c>--explain</c>).
/// </summary>
public sealed record Scenario(string Name, string Query, object Variables, string TwinPath, string Token, string? PlanSql = null);
