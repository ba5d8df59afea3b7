using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Rubrics;

namespace Panelist.Api.Rubrics;

public static class RubricMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RubricType, CreateRubricInput, Rubric>("createRubric", "rubric", "Creates a rubric with its first draft version.", Roles.PlatformAdmin,
            (ctx, input) => ctx.Service<RubricService>().CreateAsync(input.Name, input.RoleFamily, input.Description, Criteria(input.Criteria), input.PassThreshold,
                ctx.CancellationToken));

        mutation.Mutation<RubricVersionType, CreateRubricDraftInput, RubricVersion>("createRubricDraft", "version",
            "Starts the next draft, copied from the latest version unless criteria are given.", Roles.PlatformAdmin,
            (ctx, input) => ctx.Service<RubricService>().CreateDraftAsync(InputIds.Decode(input.RubricId, "Rubric", nameof(input.RubricId)),
                input.Criteria is null ? null : Criteria(input.Criteria), input.PassThreshold, ctx.CancellationToken));

        mutation.Mutation<RubricVersionType, EditRubricDraftInput, RubricVersion>("editRubricDraft", "version",
            "Replaces a draft's criteria; RUBRIC_VERSION_PUBLISHED once published.", Roles.PlatformAdmin,
            (ctx, input) => ctx.Service<RubricService>().EditDraftAsync(InputIds.Decode(input.VersionId, "RubricVersion", nameof(input.VersionId)), Criteria(input.Criteria),
                input.PassThreshold, ctx.CancellationToken));

        mutation.Mutation<RubricVersionType, PublishRubricVersionInput, RubricVersion>("publishRubricVersion", "version",
            "Publishes a draft (weights must sum to 1); it never changes again.", Roles.PlatformAdmin,
            (ctx, input) => ctx.Service<RubricService>().PublishAsync(InputIds.Decode(input.VersionId, "RubricVersion", nameof(input.VersionId)), ctx.CancellationToken));
    }

    private static List<RubricCriterion> Criteria(IReadOnlyList<RubricCriterionInput> criteria) =>
        [.. criteria.Select(c => new RubricCriterion(c.Key, c.Title, c.Description ?? "", c.Weight, [.. c.Anchors]))];
}
