using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Rubrics;

/// <summary>Part of a mutation input.</summary>
public sealed record RubricCriterionInput([property: Description("lower_snake_case, unique within the version.")] string Key, string Title, string? Description, decimal Weight,
    [property: Description("One per level of the version's scale, from level 1 up (four on the default scale).")] IReadOnlyList<string> Anchors);
