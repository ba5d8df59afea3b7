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
        mutation.Mutation<RubricType, Rubric>("createRubric", "rubric", "Creates a rubric with its first draft version.", Roles.PlatformAdmin,
            i =>
            {
                i.Field<NonNullGraphType<StringGraphType>>("name");
                i.Field<NonNullGraphType<StringGraphType>>("roleFamily");
                i.Field<StringGraphType>("description");
                Content(i);
            },
            (ctx, input) => ctx.Service<RubricService>().CreateAsync(input.Required<string>("name"), input.Required<string>("roleFamily"),
                input.Get<string>("description"), Criteria(input), input.Required<decimal>("passThreshold"), ctx.CancellationToken));

        mutation.Mutation<RubricVersionType, RubricVersion>("createRubricDraft", "version", "Starts the next draft, copied from the latest version unless criteria are given.", Roles.PlatformAdmin,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("rubricId");
                i.Field<ListGraphType<NonNullGraphType<RubricCriterionInputType>>>("criteria");
                i.Field<DecimalGraphType>("passThreshold");
            },
            (ctx, input) => ctx.Service<RubricService>().CreateDraftAsync(input.Id("rubricId", "Rubric"),
                input.Has("criteria") ? Criteria(input) : null, input.Get<decimal?>("passThreshold"), ctx.CancellationToken));

        mutation.Mutation<RubricVersionType, RubricVersion>("editRubricDraft", "version", "Replaces a draft's criteria; RUBRIC_VERSION_PUBLISHED once published.", Roles.PlatformAdmin,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("versionId");
                Content(i);
            },
            (ctx, input) => ctx.Service<RubricService>().EditDraftAsync(input.Id("versionId", "RubricVersion"), Criteria(input),
                input.Required<decimal>("passThreshold"), ctx.CancellationToken));

        mutation.Mutation<RubricVersionType, RubricVersion>("publishRubricVersion", "version", "Publishes a draft (weights must sum to 1); it never changes again.", Roles.PlatformAdmin,
            i => i.Field<NonNullGraphType<IdGraphType>>("versionId"),
            (ctx, input) => ctx.Service<RubricService>().PublishAsync(input.Id("versionId", "RubricVersion"), ctx.CancellationToken));
    }

    private static void Content(InputObjectGraphType input)
    {
        input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RubricCriterionInputType>>>>("criteria");
        input.Field<NonNullGraphType<DecimalGraphType>>("passThreshold").Description("On the 1–4 scale.");
    }

    private static List<RubricCriterion> Criteria(MutationInput input) =>
        [.. input.List("criteria").Select(c => new RubricCriterion(c.Required<string>("key"), c.Required<string>("title"),
            c.Get<string>("description") ?? "", c.Required<decimal>("weight"), c.Values<string>("anchors")))];
}
