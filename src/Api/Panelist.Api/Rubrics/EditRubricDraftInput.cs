using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Rubrics;

public sealed record EditRubricDraftInput([property: Id] string VersionId, IReadOnlyList<RubricCriterionInput> Criteria,
    [property: Description("On the version's scale (1 to its levels).")] decimal PassThreshold,
    [property: Description("The draft keeps its scale when omitted.")] RubricScaleInput? Scale);
