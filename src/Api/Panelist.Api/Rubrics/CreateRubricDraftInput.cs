using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Rubrics;

public sealed record CreateRubricDraftInput([property: Id] string RubricId, IReadOnlyList<RubricCriterionInput>? Criteria, decimal? PassThreshold,
    [property: Description("The latest version's scale when omitted.")] RubricScaleInput? Scale);
