namespace Panelist.Api.Rubrics;

/// <summary>A scale anchor with its level number, as the API shows it.</summary>
public sealed record RubricScaleLevel(int Level, string Label, string Description);
