using GraphQL.Types;
using Panelist.Domain.Metrics;

namespace Panelist.Api.Metrics;

public sealed class DurationSummaryType : ObjectGraphType<DurationSummary>
{
    public DurationSummaryType()
    {
        Name = "DurationSummary";
        Description = "Durations in hours. Percentiles interpolate linearly between closest ranks (Hyndman–Fan type 7: Excel PERCENTILE.INC, "
            + "NumPy's default, PostgreSQL percentile_cont): p = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) with h = (n − 1)·q over the sorted durations.";
        Field(d => d.Count).Description("How many durations were measured.");
        Field(d => d.MedianHours, nullable: true).Description("The 50th percentile; null when count is 0.");
        Field(d => d.P90Hours, nullable: true).Description("The 90th percentile; null when count is 0.");
    }
}
