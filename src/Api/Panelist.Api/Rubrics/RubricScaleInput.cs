using System.ComponentModel;

namespace Panelist.Api.Rubrics;

/// <summary>Part of a mutation input.</summary>
public sealed record RubricScaleInput(
    [property: Description("Ratings run from 1 to levels: 2 to 10.")] int Levels,
    [property: Description("One per level, from level 1 up.")] IReadOnlyList<RubricScaleAnchorInput> Anchors);
