using GraphQL.Types;
using Panelist.Domain.Quality.Statistics;

namespace Panelist.Api.Quality;

public sealed class IntraclassCorrelationType : ObjectGraphType<IntraclassCorrelationResult>
{
    public IntraclassCorrelationType()
    {
        Name = "IntraclassCorrelation";
        Description = "Shrout & Fleiss (1979) ICCs over the items (targets) every rater rated; a coefficient with a zero denominator is null.";
        Field(r => r.Targets).Description("Items rated by every rater.");
        Field(r => r.Raters);
        Field(r => r.Observations).Description("targets × raters: the ratings behind the figures.");
        Field<FloatGraphType>("icc1").Resolve(ctx => ctx.Source.Icc1Single);
        Field<FloatGraphType>("icc2").Resolve(ctx => ctx.Source.Icc2Single);
        Field<FloatGraphType>("icc3").Resolve(ctx => ctx.Source.Icc3Single);
        Field<FloatGraphType>("icc1k").Resolve(ctx => ctx.Source.Icc1Average);
        Field<FloatGraphType>("icc2k").Resolve(ctx => ctx.Source.Icc2Average);
        Field<FloatGraphType>("icc3k").Resolve(ctx => ctx.Source.Icc3Average);
    }
}
