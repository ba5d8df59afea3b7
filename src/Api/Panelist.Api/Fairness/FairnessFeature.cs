using GraphQL.Types;
using Panelist.Api.GraphQL.Features;

namespace Panelist.Api.Fairness;

/// <summary>Adverse-impact monitoring of human decisions (issue 15 items 6 and 7): candidates' demographics in, aggregates out.</summary>
public sealed class FairnessFeature : SchemaFeature
{
    public override int Order => 97;

    public override void AddQueries(ObjectGraphType query) => FairnessQueries.AddTo(query);

    public override void AddMutations(ObjectGraphType mutation) => FairnessMutations.AddTo(mutation);

    public override void AddSubscriptions(ObjectGraphType subscription) => FairnessSubscriptions.AddTo(subscription);
}
