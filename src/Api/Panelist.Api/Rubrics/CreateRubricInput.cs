using System.ComponentModel;

namespace Panelist.Api.Rubrics;

public sealed record CreateRubricInput(string Name, string RoleFamily, string? Description, IReadOnlyList<RubricCriterionInput> Criteria,
    [property: Description("On the 1–4 scale.")] decimal PassThreshold);
