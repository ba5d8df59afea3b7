using System.ComponentModel;

namespace Panelist.Api.Rubrics;

public sealed record CreateRubricInput(string Name, string RoleFamily, string? Description, IReadOnlyList<RubricCriterionInput> Criteria,
    [property: Description("On the version's scale (1 to its levels).")] decimal PassThreshold,
    [property: Description("The rating scale; the 1–4 default when omitted.")] RubricScaleInput? Scale);
