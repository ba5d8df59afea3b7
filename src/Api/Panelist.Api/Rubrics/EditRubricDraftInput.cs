using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Rubrics;

public sealed record EditRubricDraftInput([property: Id] string VersionId, IReadOnlyList<RubricCriterionInput> Criteria,
    [property: Description("On the 1–4 scale.")] decimal PassThreshold);
