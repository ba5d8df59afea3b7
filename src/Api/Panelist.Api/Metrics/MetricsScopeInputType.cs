using GraphQL.Types;
using Panelist.Domain.Metrics;

namespace Panelist.Api.Metrics;

public sealed class MetricsScopeInputType : InputObjectGraphType
{
    public MetricsScopeInputType()
    {
        Name = "MetricsScopeInput";
        Description = "Your organization's rows, optionally one engagement's, in the half-open window [from, to).";
        Field<IdGraphType>("engagement").Description("One engagement of your organization; omit for the whole organization.");
        Field<DateTimeGraphType>("from").Description($"Window start (inclusive); default: {MetricsCalculator.DefaultWindow.TotalDays:0} days before `to`.");
        Field<DateTimeGraphType>("to").Description($"Window end (exclusive); default: now. At most {MetricsCalculator.MaxWindow.TotalDays:0} days after `from`.");
    }
}
