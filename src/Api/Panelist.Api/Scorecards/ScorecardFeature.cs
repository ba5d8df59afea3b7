using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.Scorecards;

/// <summary>Scorecards and candidate feedback.</summary>
public sealed class ScorecardFeature : SchemaFeature
{
    public override int Order => 70;

    public override void AddMutations(ObjectGraphType mutation)
    {
        ScorecardMutations.AddTo(mutation);
    }

    public override void AddNodes(NodeTypes nodes) => nodes
        .Add<ScorecardType>("Scorecard", Roles.Evaluations, (ctx, id) => ScorecardLoaders.Scorecard(ctx, id))
        .Add<CandidateFeedbackType>("CandidateFeedback", Roles.Organization, (ctx, id) => ScorecardLoaders.Feedback(ctx, id));
}
