using GraphQL.Types;
using Panelist.Domain.Fairness;

namespace Panelist.Api.Fairness;

public sealed class AdverseImpactCategoryType : ObjectGraphType<AdverseImpactCell>
{
    public AdverseImpactCategoryType()
    {
        Name = "AdverseImpactCategory";
        Description = "One category's selection rate against the highest-rate category. Each figure rests on `assessed` (and, for the comparison, `referenceAssessed`).";
        Field<NonNullGraphType<StringGraphType>>("category").Description("The key: SEX or RACE_ETHNICITY name, or SEX/RACE_ETHNICITY for an intersection.")
            .Resolve(ctx => ctx.Source.Impact.Category);
        Field<SexType>("sex").Description("Null in the race/ethnicity table.").Resolve(ctx => ctx.Source.Sex);
        Field<RaceEthnicityType>("raceEthnicity").Description("Null in the sex table.").Resolve(ctx => ctx.Source.RaceEthnicity);
        Field<IntGraphType>("assessed").Description("Decisions on candidates in the category (n); null when suppressed.").Resolve(ctx => ctx.Source.Impact.Applicants);
        Field<IntGraphType>("selected").Description("Of those, YES or STRONG_YES; null when suppressed.").Resolve(ctx => ctx.Source.Impact.Selected);
        Field<FloatGraphType>("selectionRate").Description("selected / assessed; null when suppressed or without decisions.").Resolve(ctx => ctx.Source.Impact.SelectionRate);
        Field<FloatGraphType>("shareOfAssessed").Description("assessed / the table's assessed (what the 2% rule reads); null when suppressed.")
            .Resolve(ctx => ctx.Source.Impact.ShareOfApplicants);
        Field<FloatGraphType>("impactRatio").Description("selectionRate / the reference category's; null when excluded, suppressed or undefined.")
            .Resolve(ctx => ctx.Source.Impact.ImpactRatio);
        Field<BooleanGraphType>("adverseImpact").Description("The four-fifths flag: impactRatio < 0.8 (exactly 0.8 is not adverse impact); null without a ratio.")
            .Resolve(ctx => ctx.Source.Impact.AdverseImpact);
        Field<FloatGraphType>("fisherExactP").Description("Two-sided p of Fisher's exact test against the reference category; null when not compared.")
            .Resolve(ctx => ctx.Source.Impact.FisherExactP);
        Field<FloatGraphType>("zScore").Description("Pooled two-proportion z against the reference (negative: a lower rate); null when not compared or undefined.")
            .Resolve(ctx => ctx.Source.Impact.ZScore);
        Field<FloatGraphType>("zTestP").Description("Two-sided p of that z.").Resolve(ctx => ctx.Source.Impact.ZTestP);
        Field<IntGraphType>("referenceAssessed").Description("The reference category's n, the other side of the ratio and the tests; null when not compared.")
            .Resolve(ctx => ctx.Source.ReferenceAssessed);
        Field<NonNullGraphType<BooleanGraphType>>("isReference").Description("The highest-rate compared category.").Resolve(ctx => ctx.Source.Impact.IsReference);
        Field<StringGraphType>("excluded").Description("Why the category is left out of the comparison (under the small-category share, with the stated justification); null when it is not.")
            .Resolve(ctx => ctx.Source.Impact.Exclusion);
        Field<StringGraphType>("suppressed").Description("Why the figures are withheld (fewer decisions than the minimum cell size); null when shown.")
            .Resolve(ctx => ctx.Source.Impact.Suppression);
    }
}
