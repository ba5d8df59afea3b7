namespace Panelist.Api.Rubrics;

/// <summary>Part of a mutation input.</summary>
public sealed record RubricScaleAnchorInput(string Label, string? Description);
