using GraphQL;

namespace Panelist.Api.Rubrics;

public sealed record CreateRubricDraftInput([property: Id] string RubricId, IReadOnlyList<RubricCriterionInput>? Criteria, decimal? PassThreshold);
