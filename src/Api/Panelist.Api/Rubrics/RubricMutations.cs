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
        mutation.Mutation<RubricType, CreateRubricInput, Rubric>("createRubric", "rubric",
            "Creates a rubric of your organization with its first draft version (in the platform organization: a template).", Roles.Admins,
            (ctx, input) => ctx.Service<RubricService>().CreateAsync(input.Name, input.RoleFamily, input.Description, Criteria(input.Criteria), input.PassThreshold,
                Scale(input.Scale), ctx.CancellationToken));

        mutation.Mutation<RubricVersionType, CreateRubricDraftInput, RubricVersion>("createRubricDraft", "version",
            "Starts the next draft, copied from the latest version unless criteria (or a scale) are given.", Roles.Admins,
            (ctx, input) => ctx.Service<RubricService>().CreateDraftAsync(InputIds.Decode(input.RubricId, "Rubric", nameof(input.RubricId)),
                input.Criteria is null ? null : Criteria(input.Criteria), input.PassThreshold, Scale(input.Scale), ctx.CancellationToken));

        mutation.Mutation<RubricVersionType, EditRubricDraftInput, RubricVersion>("editRubricDraft", "version",
            "Replaces a draft's criteria (and scale); RUBRIC_VERSION_PUBLISHED once published.", Roles.Admins,
            (ctx, input) => ctx.Service<RubricService>().EditDraftAsync(InputIds.Decode(input.VersionId, "RubricVersion", nameof(input.VersionId)), Criteria(input.Criteria),
                input.PassThreshold, Scale(input.Scale), ctx.CancellationToken));

        mutation.Mutation<RubricVersionType, PublishRubricVersionInput, RubricVersion>("publishRubricVersion", "version",
            "Publishes a draft (weights must sum to 1); it never changes again.", Roles.Admins,
            (ctx, input) => ctx.Service<RubricService>().PublishAsync(InputIds.Decode(input.VersionId, "RubricVersion", nameof(input.VersionId)), ctx.CancellationToken));

        mutation.Mutation<RubricType, CopyRubricTemplateInput, Rubric>("copyRubricTemplate", "rubric",
            "Copies a template's latest published version into your organization as a new rubric, published as its version 1 and naming the template version in copiedFrom.",
            Roles.Admins,
            (ctx, input) => ctx.Service<RubricService>().CopyTemplateAsync(InputIds.Decode(input.TemplateId, "Rubric", nameof(input.TemplateId)), input.Name,
                ctx.CancellationToken));
    }

    private static List<RubricCriterion> Criteria(IReadOnlyList<RubricCriterionInput> criteria) =>
        [.. criteria.Select(c => new RubricCriterion(c.Key, c.Title, c.Description ?? "", c.Weight, [.. c.Anchors]))];

    private static RubricScale? Scale(RubricScaleInput? scale) =>
        scale is null ? null : new(scale.Levels, [.. scale.Anchors.Select(a => new RubricScaleAnchor(a.Label, a.Description))]);
}
