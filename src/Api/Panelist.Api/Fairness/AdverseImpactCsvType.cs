using GraphQL.Types;

namespace Panelist.Api.Fairness;

public sealed class AdverseImpactCsvType : ObjectGraphType<AdverseImpactCsvFile>
{
    public AdverseImpactCsvType()
    {
        Name = "AdverseImpactCsv";
        Description = "The report in the LL144 summary-table shape, as CSV text (RFC 4180) to save under `fileName`.";
        Field(f => f.FileName);
        Field(f => f.ContentType);
        Field(f => f.Content).Description("The CSV: a header, a row per category of each table, an UNKNOWN row per table.");
        Field<NonNullGraphType<IntGraphType>>("assessed").Description("The decisions the CSV rests on (the report's `assessed`); the figures are `adverseImpact`'s for the same scope.")
            .Resolve(ctx => ctx.Source.Report.Assessed);
    }
}
