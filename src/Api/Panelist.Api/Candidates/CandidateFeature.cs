using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.Candidates;

/// <summary>Candidates as data subjects: look-up, erasure, legal holds, retention, access requests.</summary>
public sealed class CandidateFeature : SchemaFeature
{
    public override int Order => 65;

    public override void AddQueries(ObjectGraphType query)
    {
        CandidateQueries.AddTo(query);
    }

    public override void AddMutations(ObjectGraphType mutation)
    {
        CandidateMutations.AddTo(mutation);
    }

    public override void AddNodes(NodeTypes nodes) => nodes
        .Add<CandidateType>("Candidate", Roles.StaffAndInterviewers.Append(Domain.Common.Role.Auditor).ToArray(), (ctx, id) => CandidateLoaders.Candidate(ctx, id))
        .Add<LegalHoldType>("LegalHold", Roles.PersonalData, (ctx, id) => CandidateLoaders.Hold(ctx, id));
}
