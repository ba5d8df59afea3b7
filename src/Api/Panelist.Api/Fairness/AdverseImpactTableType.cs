using GraphQL.Types;
using Panelist.Domain.Fairness;

namespace Panelist.Api.Fairness;

public sealed class AdverseImpactTableType : ObjectGraphType<AdverseImpactTable>
{
    public AdverseImpactTableType()
    {
        Name = "AdverseImpactTable";
        Description = "One dimension's comparison, every category listed (LL144 summary table). Unknown (declined or not provided) decisions are counted, not compared.";
        Field<NonNullGraphType<DemographicDimensionType>>("dimension").Resolve(ctx => ctx.Source.Dimension);
        Field(t => t.Assessed).Description("Decisions on candidates with a known category here: the n of the table.");
        Field(t => t.Selected).Description("Of those, the selected.");
        Field(t => t.Declined).Description("Decisions on candidates who declined to answer (for the intersection: either question); not in the calculations.");
        Field(t => t.NotProvided).Description("Decisions on candidates with no answer on record; not in the calculations.");
        Field(t => t.ReferenceCategory, nullable: true).Description("The highest-rate compared category; null when none could be compared.");
        Field(t => t.UndefinedReason, nullable: true).Description("Why no impact ratios could be computed; null when they were.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("suppressedCategories")
            .Description("The categories whose figures are withheld (see each one's `suppressed`).")
            .Resolve(ctx => ctx.Source.Categories.Where(c => c.Impact.Suppression is not null).Select(c => c.Impact.Category).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("excludedCategories")
            .Description("The categories left out of the impact ratios under the small-category rule (see each one's `excluded`).")
            .Resolve(ctx => ctx.Source.Categories.Where(c => c.Impact.Exclusion is not null).Select(c => c.Impact.Category).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdverseImpactCategoryType>>>>("categories").Resolve(ctx => ctx.Source.Categories);
    }
}
