using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Rubrics;

/// <summary>Part of a mutation input.</summary>
public sealed record RubricCriterionInput([property: Description("lower_snake_case, unique within the version.")] string Key, string Title, string? Description, decimal Weight,
    [property: Description("Exactly four: levels 1 to 4.")] IReadOnlyList<string> Anchors);
