using GraphQL.Types;
using Panelist.Domain.Rubrics;

namespace Panelist.Api.Rubrics;

public sealed class RubricCriterionType : ObjectGraphType<RubricCriterion>
{
    public RubricCriterionType()
    {
        Name = "RubricCriterion";
        Field(c => c.Key).Description("Stable key that scorecard ratings refer to.");
        Field(c => c.Title);
        Field(c => c.Description);
        Field(c => c.Weight).Description("Weights of a published version sum to 1.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("anchors")
            .Description("Behavioural anchors for each rating of the version's scale, from 1 up.")
            .Resolve(ctx => ctx.Source.Anchors);
    }
}
