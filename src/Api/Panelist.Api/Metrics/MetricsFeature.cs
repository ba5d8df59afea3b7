using GraphQL.Types;
using Panelist.Api.GraphQL.Features;

namespace Panelist.Api.Metrics;

/// <summary>Analysts' metrics (DESIGN §7) as a query and a live subscription; the computation is the domain's <c>MetricsCalculator</c>.</summary>
public sealed class MetricsFeature : SchemaFeature
{
    public override int Order => 85;

    public override void AddQueries(ObjectGraphType query) => MetricsQueries.AddTo(query);

    public override void AddSubscriptions(ObjectGraphType subscription) => MetricsSubscriptions.AddTo(subscription);
}
