namespace Panelist.Benchmarks;

/// <summary>One representative request, as a GraphQL document and as the equivalent hand-written twin URL.</summary>
public sealed record Scenario(string Name, string Query, object Variables, string TwinPath);
